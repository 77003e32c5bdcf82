import type { OperationHandler } from './types.js';

/** Every operation the action offers. */
export const OPERATIONS = ['token', 'request'] as const;
export type Operation = (typeof OPERATIONS)[number];

type Loader = () => Promise<{ default: OperationHandler }>;

/**
 * Each operation's module, loaded on demand so a run parses only the code it needs
 * (cold start matters: this is one step of many in a workflow).
 */
const registry: Record<Operation, Loader> = {
  token: () => import('./token.js'),
  request: () => import('./request.js'),
};

export function isOperation(value: string): value is Operation {
  return (OPERATIONS as readonly string[]).includes(value);
}

export async function loadOperation(operation: Operation): Promise<OperationHandler> {
  return (await registry[operation]()).default;
}
