import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/uploads/xml-lite.ts
var TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
var ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function parseXml(text) {
  const root = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  for (const m of text.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (m[1] !== void 0) top.text += m[1];
    else if (m[6] !== void 0) top.text += decodeEntities(m[6]);
    else if (m[3] !== void 0) {
      if (m[2] === "/") {
        if (top.name !== m[3] || stack.length === 1) throw new Error(`unexpected </${m[3]}>`);
        stack.pop();
        continue;
      }
      const element = { name: m[3], attributes: {}, children: [], text: "" };
      for (const a of (m[4] ?? "").matchAll(ATTRIBUTE))
        element.attributes[a[1]] = decodeEntities(a[2] ?? a[3] ?? "");
      top.children.push(element);
      if (m[5] !== "/") stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  const first = root.children[0];
  if (!first) throw new Error("no root element");
  return first;
}
function childrenNamed(element, name) {
  return element.children.filter((c) => c.name === name);
}
function findFirst(element, name) {
  for (const child of element.children) {
    if (child.name === name) return child;
    const deeper = findFirst(child, name);
    if (deeper) return deeper;
  }
  return void 0;
}
function childText(element, name) {
  return childrenNamed(element, name)[0]?.text.trim();
}
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_all, e) => {
    const lower = e.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[lower];
  });
}

export {
  parseXml,
  childrenNamed,
  findFirst,
  childText
};
