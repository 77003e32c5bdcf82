/**
 * Route table. Patterns are the OpenAPI templates (`/v1/builds/{id}`): registering a method and
 * path that Apple's API does not have throws, so a route module cannot drift from the contract.
 * A later registration of the same route replaces the earlier one (tests can override).
 */
import type { Contract } from './contract.js';
import type { RouteHandler } from './types.js';

export interface RouteOptions {
  /**
   * Query parameters this handler really implements (besides `cursor`). Others that the
   * contract allows get 501, so a test never passes because a filter was silently ignored.
   */
  supports?: string[];
  /** For URLs outside Apple's API (e.g. report or upload links): no contract check. */
  outsideSpec?: boolean;
  /** With `outsideSpec`: false serves the route without a bearer token. */
  auth?: boolean;
}

export interface Route {
  method: string;
  pattern: string;
  handler: RouteHandler;
  options: RouteOptions;
}

export class Router {
  private readonly routes = new Map<string, Route>();
  private readonly outside: Route[] = [];

  constructor(private readonly contract: Contract) {}

  get(pattern: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('GET', pattern, handler, options);
  }

  post(pattern: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('POST', pattern, handler, options);
  }

  patch(pattern: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('PATCH', pattern, handler, options);
  }

  delete(pattern: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('DELETE', pattern, handler, options);
  }

  put(pattern: string, handler: RouteHandler, options?: RouteOptions): this {
    return this.add('PUT', pattern, handler, options);
  }

  add(method: string, pattern: string, handler: RouteHandler, options: RouteOptions = {}): this {
    const route: Route = { method: method.toUpperCase(), pattern, handler, options };
    if (options.outsideSpec) {
      const index = this.outside.findIndex((r) => r.method === route.method && r.pattern === pattern);
      if (index >= 0) this.outside.splice(index, 1);
      this.outside.push(route);
      return this;
    }
    if (!this.contract.operation(route.method, pattern)) {
      throw new Error(`fake server: ${route.method} ${pattern} is not in openapi-subset.json`);
    }
    this.routes.set(`${route.method} ${pattern}`, route);
    return this;
  }

  /** The handler for an operation of the spec, by its template. */
  forTemplate(method: string, template: string): Route | undefined {
    return this.routes.get(`${method} ${template}`);
  }

  /** An `outsideSpec` route matching a concrete path. */
  matchOutside(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.outside) {
      if (route.method !== method) continue;
      const params = matchPattern(route.pattern, path);
      if (params) return { route, params };
    }
    return undefined;
  }
}

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] as string;
    const actual = got[i] as string;
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name && actual !== '') params[name] = safeDecode(actual);
    else if (part !== actual) return undefined;
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
