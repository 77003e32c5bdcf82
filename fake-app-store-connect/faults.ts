/**
 * Injected failures: forced statuses (with headers, JSON or HTML bodies), hangs, socket resets,
 * and writes whose answer is lost after the handler ran. Faults match before authentication and
 * are consumed in the order they were added.
 */

export interface Fault {
  /** Any method when absent. */
  method?: string;
  /** Exact path without query, a `{param}` template like `/v1/builds/{id}`, or a RegExp. */
  path: string | RegExp;
  /** How many matching requests it affects (default 1; Infinity for all). */
  times?: number;
  /** Answer with this status (default error document for it unless body/html is given). */
  status?: number;
  headers?: Record<string, string>;
  /** JSON body to send instead of the default error document. */
  body?: unknown;
  /** Send this as a text/html body (a proxy's 502 page). */
  html?: string;
  /** Hang this long first; without status/body/html/reset the request is then served normally. */
  delayMs?: number;
  /** Destroy the socket without answering. */
  reset?: boolean;
  /**
   * Run the real handler (its changes stick), then reset the socket instead of answering.
   * Takes precedence over status/body/html.
   */
  afterHandler?: boolean;
}

export class Faults {
  private readonly pending: Array<Fault & { left: number }> = [];

  add(fault: Fault): this {
    this.pending.push({ ...fault, left: fault.times ?? 1 });
    return this;
  }

  /** One single-use status fault per entry, e.g. `sequence('GET', '/v1/apps', [500, 503])`. */
  sequence(method: string | undefined, path: string | RegExp, statuses: number[]): this {
    for (const status of statuses) this.add({ ...(method ? { method } : {}), path, status });
    return this;
  }

  clear(): void {
    this.pending.length = 0;
  }

  /** Faults not yet used up. */
  get remaining(): Fault[] {
    return this.pending.map(({ left: _left, ...fault }) => fault);
  }

  /** Takes the first fault that matches the request, if any. */
  take(method: string, path: string): Fault | undefined {
    const index = this.pending.findIndex(
      (f) => (!f.method || f.method.toUpperCase() === method) && pathMatches(f.path, path),
    );
    if (index < 0) return undefined;
    const fault = this.pending[index] as Fault & { left: number };
    if (--fault.left <= 0) this.pending.splice(index, 1);
    return fault;
  }
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) {
    pattern.lastIndex = 0;
    return pattern.test(path);
  }
  if (!pattern.includes('{')) return pattern === path;
  const want = pattern.split('/');
  const got = path.split('/');
  return (
    want.length === got.length &&
    want.every((part, i) => (/^\{.+\}$/.test(part) ? got[i] !== '' : part === got[i]))
  );
}
