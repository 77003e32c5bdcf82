/**
 * Reads an action's stdout as the GitHub runner does (actions/runner ActionCommandManager): a
 * trimmed line starting with `::` is a command, `##[command]` is matched anywhere in a line,
 * `stop-commands` pauses processing until `::<token>::`, `add-mask` hides its value from every
 * later line. Returns the commands run and the lines a person would see.
 */
export interface RunnerCommand {
  name: string;
  data: string;
  form: 'v2' | 'legacy';
  line: string;
}

export interface RunnerLog {
  commands: RunnerCommand[];
  visible: string[];
  /** True when a stop-commands was still in force at the end. */
  stopped: boolean;
}

const KNOWN = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

function unescape(data: string): string {
  return data
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}

function parseV2(line: string): RunnerCommand | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = trimmed.slice(2, end);
  const name = head.split(' ')[0] ?? '';
  return { name, data: unescape(trimmed.slice(end + 2)), form: 'v2', line };
}

function parseLegacy(line: string): RunnerCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const name = (line.slice(start + 3, close).split(' ')[0] ?? '').trim();
  return { name, data: line.slice(close + 1), form: 'legacy', line };
}

export function readAsRunner(stdout: string): RunnerLog {
  const commands: RunnerCommand[] = [];
  const visible: string[] = [];
  const masks: string[] = [];
  let stopToken: string | undefined;
  const show = (line: string) => {
    let out = line;
    for (const m of masks) if (m) out = out.split(m).join('***');
    visible.push(out);
  };
  // The runner reads lines with .NET's ReadLine: a lone CR ends a line too.
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (stopToken !== undefined) {
      if (line.trim() === `::${stopToken}::`) stopToken = undefined;
      else show(line);
      continue;
    }
    const command = parseV2(line) ?? parseLegacy(line);
    if (!command || !KNOWN.has(command.name.toLowerCase())) {
      show(line);
      continue;
    }
    commands.push(command);
    switch (command.name.toLowerCase()) {
      case 'add-mask':
        masks.push(command.data.trim());
        break;
      case 'stop-commands':
        stopToken = command.data;
        break;
      default:
        show(line);
    }
  }
  return { commands, visible, stopped: stopToken !== undefined };
}

/** Commands the action itself issues; anything else came from text it printed. */
export const OWN_COMMANDS = new Set(['add-mask', 'debug', 'warning', 'error', 'group', 'endgroup', 'notice']);
