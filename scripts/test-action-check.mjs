// The checks of the test-action job (.github/workflows/test-action.yml): the step outputs of
// the action run with `uses: ./`, passed in through `env:`. Exits 1 listing every failed check.
import { existsSync, readFileSync } from 'node:fs';

const env = process.env;
const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}
function json(name) {
  try {
    return JSON.parse(env[name] ?? '');
  } catch {
    return undefined;
  }
}

check(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(env.TOKEN ?? ''), 'token: a signed JWT');
check(Date.parse(env.TOKEN_EXPIRES_AT ?? '') > Date.now(), 'token-expires-at: a time in the future');

check(Boolean(env.BUILD_ID), 'distribute-build: build-id is set');
check(env.BUILD_VERSION === '2.3', `distribute-build: build-version is 2.3 (got '${env.BUILD_VERSION}')`);
check(env.BUILD_NUMBER === '457', `distribute-build: build-number is 457 (got '${env.BUILD_NUMBER}')`);
check(env.BUILD_STATE === 'VALID', `distribute-build: build-state is VALID (got '${env.BUILD_STATE}')`);
const distributed = json('DISTRIBUTE_RESULT');
check(distributed?.build?.id === env.BUILD_ID, 'distribute-build: result names the same build');

const testers = json('TESTERS_RESULT');
const emails = Array.isArray(testers?.testers) ? testers.testers.map((t) => t.email) : [];
check(emails.includes('ada@example.com'), 'list-testers: result lists ada@example.com');

check(env.REPORT_AVAILABLE === 'true', 'sales-report: report-available is true');
check(Boolean(env.REPORT_FILE) && existsSync(env.REPORT_FILE), 'sales-report: report-file exists');
const rows = Number(env.REPORT_ROWS);
check(rows > 0, `sales-report: report-rows is a positive number (got '${env.REPORT_ROWS}')`);
if (env.REPORT_FILE && existsSync(env.REPORT_FILE)) {
  const lines = readFileSync(env.REPORT_FILE, 'utf8').split('\n').filter(Boolean);
  check(lines.length === rows + 1, 'sales-report: the file has a header and report-rows rows');
}

if (failures.length > 0) {
  console.error(`${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('All outputs are as expected.');
