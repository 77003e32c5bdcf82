/** Property lists in either form: binary (`bplist00`) through bplist-parser, XML through plist. */

/** The top-level dictionary of a property list. */
export async function parsePlist(bytes: Buffer): Promise<Record<string, unknown>> {
  let value: unknown;
  if (bytes.subarray(0, 6).toString('latin1') === 'bplist') {
    const { parseBuffer } = await import('bplist-parser');
    value = parseBuffer(bytes)[0];
  } else {
    const { parse } = await import('plist');
    value = parse(bytes.toString('utf8'));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('the top level is not a dictionary');
  }
  return value as Record<string, unknown>;
}
