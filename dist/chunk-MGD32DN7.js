import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/email.ts
var EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
function isEmail(value) {
  return EMAIL.test(value) && !value.startsWith(".") && !value.includes("..");
}

export {
  isEmail
};
