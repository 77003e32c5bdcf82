import { readFileSync } from 'node:fs';
import { InputError } from '../src/input-reader.js';
import { parseRoles, parseUsersFile, sortRoles } from '../src/users/users-file.js';

const fail = (m: string) => new InputError('roles', m);

describe('parseRoles', () => {
  test('is case-insensitive, takes - or spaces for _, drops duplicates and keeps Apple’s order', () => {
    expect(parseRoles(['developer', 'App-Manager', 'access to reports', 'ADMIN', 'Developer'], fail)).toEqual(
      ['ADMIN', 'APP_MANAGER', 'DEVELOPER', 'ACCESS_TO_REPORTS'],
    );
  });

  test('refuses roles outside Apple’s list, and ACCOUNT_HOLDER unless allowed', () => {
    expect(() => parseRoles(['DEVELOPER', 'OWNER'], fail)).toThrow(
      /unknown role 'OWNER': expected roles from Apple's list: ADMIN, FINANCE, SALES/,
    );
    expect(() => parseRoles(['account_holder'], fail)).toThrow(/ACCOUNT_HOLDER, which cannot be given/);
    expect(parseRoles(['account_holder', 'admin'], fail, true)).toEqual(['ADMIN', 'ACCOUNT_HOLDER']);
  });

  test('sortRoles puts unknown names last', () => {
    expect(sortRoles(['X', 'DEVELOPER', 'ADMIN'])).toEqual(['ADMIN', 'DEVELOPER', 'X']);
  });
});

describe('parseUsersFile', () => {
  test('reads YAML lists with any key spelling, lists or comma-separated values, and YAML booleans', () => {
    const specs = parseUsersFile(
      `
- email: " ada@example.com "
  First Name: Ada
  last_name: Lovelace
  roles: developer, marketing
  visibleApps: [com.example.notes, 1234567890]
  provisioning-allowed: "yes"
- email: grace@example.com
  allAppsVisible: true
  roles: [APP_MANAGER]
  status: member   # written by list-users, ignored
  id: 123
  expiration-date: null
`,
      'users.yml',
    );
    expect(specs).toEqual([
      {
        email: 'ada@example.com',
        where: 'users.yml entry 1 (ada@example.com)',
        firstName: 'Ada',
        lastName: 'Lovelace',
        roles: ['MARKETING', 'DEVELOPER'],
        visibleApps: ['com.example.notes', '1234567890'],
        provisioningAllowed: true,
      },
      {
        email: 'grace@example.com',
        where: 'users.yml entry 2 (grace@example.com)',
        allAppsVisible: true,
        roles: ['APP_MANAGER'],
      },
    ]);
  });

  test('reads JSON, as a list or under users:, with a byte order mark', () => {
    const list = '\uFEFF[{"email":"ada@example.com","roles":["SALES"],"all-apps-visible":false}]';
    expect(parseUsersFile(list, 'u.json')[0]).toMatchObject({ roles: ['SALES'], allAppsVisible: false });
    expect(parseUsersFile('{"users":[{"email":"ada@example.com"}]}', 'u.json')).toHaveLength(1);
  });

  test.each([
    [
      '- ada@example.com\n',
      'entry 1 is not a person: expected fields such as email, roles (got \'"ada@example.com"\')',
    ],
    ['- roles: [DEVELOPER]\n', 'entry 1: has no email'],
    ['- email: ada@example.com\n  roles: {a: 1}\n', 'roles is not a list of roles'],
    [
      '- email: ada@example.com\n  visible-apps: [com.example.notes, "my app"]\n',
      "has an invalid app 'my app'",
    ],
    ['- email: ada@example.com\n  first-name: [Ada]\n', 'first-name is not text'],
    [
      '- email: ada@example.com\n  provisioning-allowed: sometimes\n',
      "provisioning-allowed has an invalid value 'sometimes'",
    ],
    ['', 'lists nobody'],
    ['users: 3\n', 'is not a list of people'],
  ])('%j fails with %s', (text, message) => {
    let error: unknown;
    try {
      parseUsersFile(text, 'users.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe('users-file');
    expect((error as Error).message).toContain("Input 'users-file': users.yml ");
    expect((error as Error).message).toContain(message);
  });

  test('the example file in examples/ parses', () => {
    const specs = parseUsersFile(readFileSync('examples/users.yml', 'utf8'), 'examples/users.yml');
    expect(specs.map((s) => s.email)).toEqual([
      'owner@example.com',
      'grace@example.com',
      'alan@example.com',
      'katherine@example.com',
      'ada@example.com',
    ]);
    expect(specs[2]).toMatchObject({ visibleApps: ['com.example.notes', 'com.example.weather'] });
  });
});
