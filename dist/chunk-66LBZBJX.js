import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/output/summary.ts
var heading = (text2, level = 3) => ({ kind: "heading", text: text2, level });
var text = (value) => ({ kind: "text", text: value });
var table = (head, rows, note) => ({
  kind: "table",
  head,
  rows,
  note
});
var facts = (rows) => table([], rows);
function capped(rows, max = 100) {
  return rows.length <= max ? { rows } : {
    rows: rows.slice(0, max),
    note: `Showing ${max} of ${rows.length} rows; the result output has all of them.`
  };
}
function renderSummary(title, blocks) {
  const out = [`## ${title.replace(/</g, "&lt;").replace(/>/g, "&gt;")}`, ""];
  for (const block of blocks) {
    switch (block.kind) {
      case "heading":
        out.push(`${"#".repeat(block.level ?? 3)} ${escapeInline(block.text)}`, "");
        break;
      case "text":
        out.push(block.text, "");
        break;
      case "table": {
        const head = block.head.length > 0 ? block.head : block.rows[0];
        if (!head) break;
        const rows = block.head.length > 0 ? block.rows : block.rows.slice(1);
        out.push(`| ${head.map(cell).join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
        for (const row of rows) out.push(`| ${row.map(cell).join(" | ")} |`);
        out.push("");
        if (block.note) out.push(`_${block.note}_`, "");
        break;
      }
      case "mermaid":
        out.push("```mermaid", block.source, "```", "");
        break;
    }
  }
  return out.join("\n");
}
function cell(value) {
  if (value === null || value === void 0 || value === "") return "\u2013";
  if (typeof value === "object") return link(value);
  const shown = typeof value === "string" ? readableTime(value) : String(value);
  return escapeInline(shown).replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, "<br>");
}
function link(value) {
  const text2 = cell(value.text);
  return /^https:\/\/appstoreconnect\.apple\.com\/[\w/-]*$/.test(value.href) ? `[${text2}](${value.href})` : text2;
}
var ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
function readableTime(value) {
  if (!ISO_TIME.test(value)) return value;
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) return value;
  return `${time.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function escapeInline(value) {
  return value.replace(/[\\[\]]/g, "\\$&").replace(/(?<![A-Za-z0-9])_(?=\S)/g, "\\_").replace(/[*~](?=\S)/g, "\\$&").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/:\/\//g, ":\u200B//").replace(/\b(www)\./gi, "$1\u200B.");
}

export {
  heading,
  text,
  table,
  facts,
  capped,
  renderSummary
};
