/** "Did you mean ...?" for a value close to one of the valid names. */

/** Edit distance (insertions, deletions, substitutions), without case. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[y.length] as number;
}

/**
 * The valid name closest to `value` when it is close enough to be a slip (a typo, a different
 * separator or word order such as `build-distribute`), else undefined.
 */
export function closestName(value: string, names: readonly string[]): string | undefined {
  const normal = (s: string) => s.toLowerCase().replace(/[\s_]+/g, '-');
  const given = normal(value.trim());
  if (!given) return undefined;
  const words = (s: string) => s.split('-').filter(Boolean).sort().join('-');
  const sameWords = names.find((n) => words(n) === words(given));
  if (sameWords) return sameWords;
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = distance(given, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.name.length / 4)) ? best.name : undefined;
}
