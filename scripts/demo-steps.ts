/** The workflow steps `npm run demo` runs against the seeded fake server (also run by the dist test). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The operations the demo runs, in order; each is one workflow step. */
export const DEMO_STEPS: Array<{ title: string; inputs: Record<string, string> }> = [
  { title: 'Sign a token for later steps', inputs: { operation: 'token' } },
  {
    title: 'Any API call: list the apps',
    inputs: { operation: 'request', path: '/v1/apps?fields[apps]=name,bundleId', 'all-pages': 'true' },
  },
  {
    title: 'TestFlight groups of Notes, with tester counts',
    inputs: { operation: 'list-groups', app: 'com.example.notes' },
  },
  {
    title: 'Add testers to a group (one is already there, one is new)',
    inputs: {
      operation: 'add-testers',
      app: 'com.example.notes',
      groups: 'Friends and Family',
      testers: 'Ada Lovelace <ada@example.com>\ngrace@example.com,Grace,Hopper',
    },
  },
  {
    title: 'The newest TestFlight build of Weather',
    inputs: { operation: 'find-build', app: 'com.example.weather' },
  },
  {
    title: 'After upload: export compliance, What to Test, groups and Beta App Review in one step',
    inputs: {
      operation: 'distribute-build',
      app: 'com.example.weather',
      version: '2.3',
      'build-number': '457',
      groups: 'External Testers, Weather QA, Weather Team',
      'uses-non-exempt-encryption': 'false',
      'what-to-test': 'Try the new radar view.',
      'expire-previous-builds': 'true',
    },
  },
  {
    title: 'Users and Access: team members and pending invitations',
    inputs: { operation: 'list-users' },
  },
  {
    title: 'Keep the team in line with examples/users.yml (dry run: prints the difference)',
    inputs: {
      operation: 'sync-users',
      'users-file': path.join(root, 'examples/users.yml'),
      'remove-missing': 'true',
      'dry-run': 'true',
    },
  },
  {
    title: "Yesterday's sales: the newest daily report, with totals and top products",
    inputs: { operation: 'sales-report', 'vendor-number': '85012345' },
  },
  {
    title: 'Last fiscal month: the finance report as CSV, with amounts per currency',
    inputs: { operation: 'finance-report', 'vendor-number': '85012345', format: 'csv' },
  },
];
