/**
 * A small reader for the two machine-written XML documents a `.pkg` holds (the xar table of
 * contents and the Distribution script): elements, attributes and text, nothing more. No DTDs,
 * no entities beyond the five predefined ones and numeric references.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses `text` into its root element; throws on unbalanced tags. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  for (const m of text.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decodeEntities(m[6]);
    else if (m[3] !== undefined) {
      if (m[2] === '/') {
        if (top.name !== m[3] || stack.length === 1) throw new Error(`unexpected </${m[3]}>`);
        stack.pop();
        continue;
      }
      const element: XmlElement = { name: m[3], attributes: {}, children: [], text: '' };
      for (const a of (m[4] ?? '').matchAll(ATTRIBUTE))
        element.attributes[a[1] as string] = decodeEntities(a[2] ?? a[3] ?? '');
      top.children.push(element);
      if (m[5] !== '/') stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${(stack[stack.length - 1] as XmlElement).name}> is not closed`);
  const first = root.children[0];
  if (!first) throw new Error('no root element');
  return first;
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** The first element named `name` anywhere below `element` (depth first). */
export function findFirst(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (child.name === name) return child;
    const deeper = findFirst(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The trimmed text of the direct child named `name`. */
export function childText(element: XmlElement, name: string): string | undefined {
  return childrenNamed(element, name)[0]?.text.trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_all, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[lower] as string;
  });
}
