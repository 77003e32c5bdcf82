import type { OperationHandler } from './types.js';

/** Every operation the action offers. */
export const OPERATIONS = [
  'token',
  'request',
  'add-testers',
  'remove-testers',
  'list-testers',
  'sync-testers',
  'list-groups',
  'create-group',
  'update-group',
  'delete-group',
] as const;
export type Operation = (typeof OPERATIONS)[number];

type Loader = () => Promise<{ default: OperationHandler }>;

/**
 * Each operation's module, loaded on demand so a run parses only the code it needs
 * (cold start matters: this is one step of many in a workflow).
 */
const registry: Record<Operation, Loader> = {
  token: () => import('./token.js'),
  request: () => import('./request.js'),
  'add-testers': () => import('./add-testers.js'),
  'remove-testers': () => import('./remove-testers.js'),
  'list-testers': () => import('./list-testers.js'),
  'sync-testers': () => import('./sync-testers.js'),
  'list-groups': () => import('./list-groups.js'),
  'create-group': () => import('./create-group.js'),
  'update-group': () => import('./update-group.js'),
  'delete-group': () => import('./delete-group.js'),
};

export function isOperation(value: string): value is Operation {
  return (OPERATIONS as readonly string[]).includes(value);
}

export async function loadOperation(operation: Operation): Promise<OperationHandler> {
  return (await registry[operation]()).default;
}
