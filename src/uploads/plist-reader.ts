/** Property lists in either form: binary (`bplist00`) through bplist-parser, XML through plist. */
import { parseXml } from './xml-lite.js';

/** The top-level dictionary of a property list. */
export async function parsePlist(bytes: Buffer): Promise<Record<string, unknown>> {
  let value: unknown;
  if (bytes.subarray(0, 6).toString('latin1') === 'bplist') {
    const { parseBuffer } = await import('bplist-parser');
    value = parseBuffer(bytes)[0];
  } else {
    const text = bytes.toString('utf8');
    // Checked here first: on a malformed document xmldom prints the file's text to the console
    // before it throws, and the file's text is not to reach the log unescaped.
    if (text.trimStart().startsWith('<')) parseXml(text);
    const { parse } = await import('plist');
    value = parse(text);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('the top level is not a dictionary');
  }
  return value as Record<string, unknown>;
}
