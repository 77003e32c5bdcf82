import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defineOperation
} from "./chunk-E2H3K5KP.js";
import {
  facts
} from "./chunk-66LBZBJX.js";
import {
  Output
} from "./chunk-JDDIJKK4.js";
import "./chunk-XNDQ27F5.js";

// src/operations/token.ts
var token_default = defineOperation({
  parse: () => ({}),
  async execute({ client, common }) {
    const signed = await client.signer.token();
    const expiresAt = new Date(signed.expiresAt * 1e3).toISOString();
    const { keyId, issuerId } = common.credentials;
    return {
      outputs: { [Output.Token]: signed.token, [Output.TokenExpiresAt]: expiresAt },
      result: {
        keyId,
        issuerId: issuerId ?? null,
        keyType: issuerId ? "team" : "individual",
        issuedAt: new Date(signed.issuedAt * 1e3).toISOString(),
        expiresAt
      },
      summary: [
        facts([
          ["Key id", keyId],
          ["Key type", issuerId ? `team (issuer ${issuerId})` : "individual"],
          ["Expires", expiresAt],
          ["Output", "`token` (masked)"]
        ])
      ]
    };
  }
});
export {
  token_default as default
};
