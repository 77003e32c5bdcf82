/**
 * Email addresses as the action accepts them, for testers (testflight/) and users (users/) alike:
 * one local part without spaces or brackets, an `@`, and a domain of dotted labels.
 */
const EMAIL =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** True when `value` is an address App Store Connect would take. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value) && !value.startsWith('.') && !value.includes('..');
}
