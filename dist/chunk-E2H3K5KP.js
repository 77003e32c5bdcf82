import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError,
  NotFoundError
} from "./chunk-JDDIJKK4.js";

// src/operation.ts
function defineOperation(definition) {
  return {
    prepare(inputs, common) {
      const settings = definition.parse(inputs, common);
      return (ctx) => definition.execute(ctx, settings);
    }
  };
}
async function namingInput(input, lookUp) {
  try {
    return await lookUp;
  } catch (error) {
    if (error instanceof NotFoundError) throw new InputError(input, `Input '${input}': ${error.message}`);
    throw error;
  }
}

export {
  defineOperation,
  namingInput
};
