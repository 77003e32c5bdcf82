import type { OperationHandler } from '../operation.js';

/** Every operation the action offers. */
export const OPERATIONS = [
  'token',
  'request',
  'find-build',
  'wait-for-build',
  'distribute-build',
  'remove-build-from-groups',
  'expire-builds',
  'upload-build',
  'next-build-number',
  'add-testers',
  'remove-testers',
  'list-testers',
  'sync-testers',
  'list-groups',
  'create-group',
  'update-group',
  'delete-group',
  'invite-user',
  'list-users',
  'update-user',
  'remove-user',
  'sync-users',
  'sales-report',
  'finance-report',
  'sync-beta-app-info',
  'prune-testers',
  'list-feedback',
  'feedback-to-issues',
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
  'find-build': () => import('./find-build.js'),
  'wait-for-build': () => import('./wait-for-build.js'),
  'distribute-build': () => import('./distribute-build.js'),
  'remove-build-from-groups': () => import('./remove-build-from-groups.js'),
  'expire-builds': () => import('./expire-builds.js'),
  'upload-build': () => import('./upload-build.js'),
  'next-build-number': () => import('./next-build-number.js'),
  'add-testers': () => import('./add-testers.js'),
  'remove-testers': () => import('./remove-testers.js'),
  'list-testers': () => import('./list-testers.js'),
  'sync-testers': () => import('./sync-testers.js'),
  'list-groups': () => import('./list-groups.js'),
  'create-group': () => import('./create-group.js'),
  'update-group': () => import('./update-group.js'),
  'delete-group': () => import('./delete-group.js'),
  'invite-user': () => import('./invite-user.js'),
  'list-users': () => import('./list-users.js'),
  'update-user': () => import('./update-user.js'),
  'remove-user': () => import('./remove-user.js'),
  'sync-users': () => import('./sync-users.js'),
  'sales-report': () => import('./sales-report.js'),
  'finance-report': () => import('./finance-report.js'),
  'sync-beta-app-info': () => import('./sync-beta-app-info.js'),
  'prune-testers': () => import('./prune-testers.js'),
  'list-feedback': () => import('./list-feedback.js'),
  'feedback-to-issues': () => import('./feedback-to-issues.js'),
};

export function isOperation(value: string): value is Operation {
  return (OPERATIONS as readonly string[]).includes(value);
}

export async function loadOperation(operation: Operation): Promise<OperationHandler> {
  return (await registry[operation]()).default;
}
