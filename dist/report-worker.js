import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FormatWriter,
  TsvReader,
  writeFully
} from "./chunk-KV56ZC3A.js";
import "./chunk-QZJVFNU6.js";
import "./chunk-EK6JJL5W.js";
import "./chunk-XNDQ27F5.js";

// src/reports/report-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port) {
  const job = workerData;
  const writer = new FormatWriter(job.format);
  const reader = new TsvReader([writer], job.maxLineBytes);
  let failed = false;
  let position = 0;
  let outputs = 0;
  const send = (message, transfer) => port.postMessage(message, transfer);
  const fail = (error) => {
    if (failed) return;
    failed = true;
    const e = error;
    send({ error: e?.message ?? String(error), code: e?.code });
  };
  port.on("message", (message) => {
    if (failed) return;
    try {
      if (message instanceof Uint8Array) {
        reader.write(Buffer.from(message.buffer, message.byteOffset, message.byteLength));
        const out = writer.take();
        const input = message.buffer;
        const at = position;
        position += out.length;
        if ((outputs++ & 1) === 0) {
          writeFully(job.fd, out, at);
          writer.recycle(out);
          send({ wrote: out.length, input }, [input]);
        } else send({ out, at, input }, [out.buffer, input]);
      } else if (message) {
        writer.recycle(Buffer.from(message.recycle));
      } else {
        reader.end();
        send({ end: new Uint8Array(Buffer.concat([writer.take(), writer.finish()])), at: position });
      }
    } catch (error) {
      fail(error);
    }
  });
}
