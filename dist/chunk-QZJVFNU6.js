import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  trackTempFile,
  untrackTempFile
} from "./chunk-EK6JJL5W.js";

// src/output/list-file.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
async function writeListFile(path, format, columns, rows) {
  const target = resolve(path);
  const folder = dirname(target);
  await mkdir(folder, { recursive: true });
  const content = format === "json" ? `${JSON.stringify(
    rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))),
    null,
    2
  )}
` : [columns.map(csvCell), ...rows.map((row) => columns.map((c) => csvCell(row[c])))].map((cells) => cells.join(",")).join("\r\n") + "\r\n";
  await writeWhole(target, content);
}
async function writeListOutput(log, file, columns, noun, rows) {
  if (!file.outputFile) return;
  const list = rows();
  await writeListFile(file.outputFile, file.format, columns, list);
  log.info(`Wrote ${list.length} ${noun} to ${file.outputFile} (${file.format}).`);
}
async function writeWhole(path, content) {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  trackTempFile(temp);
  try {
    await writeFile(temp, content, "utf8");
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    untrackTempFile(temp);
  }
}
function csvCell(value) {
  if (value === null || value === void 0) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
var PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export {
  writeListFile,
  writeListOutput,
  writeWhole,
  csvCell
};
