import { Output } from '../constants.js';
import { facts } from '../output/summary.js';
import { defineOperation } from '../operation.js';

/** Signs a token for later steps (curl, scripts). The token output is masked. */
export default defineOperation({
  parse: () => ({}),
  async execute({ client, common }) {
    const signed = await client.signer.token();
    const expiresAt = new Date(signed.expiresAt * 1000).toISOString();
    const { keyId, issuerId } = common.credentials;
    return {
      outputs: { [Output.Token]: signed.token, [Output.TokenExpiresAt]: expiresAt },
      result: {
        keyId,
        issuerId: issuerId ?? null,
        keyType: issuerId ? 'team' : 'individual',
        issuedAt: new Date(signed.issuedAt * 1000).toISOString(),
        expiresAt,
      },
      summary: [
        facts([
          ['Key id', keyId],
          ['Key type', issuerId ? `team (issuer ${issuerId})` : 'individual'],
          ['Expires', expiresAt],
          ['Output', '`token` (masked)'],
        ]),
      ],
    };
  },
});
