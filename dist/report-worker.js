import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FileWriter,
  FormatWriter,
  TsvReader
} from "./chunk-DQVEQUOP.js";
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
  const file = new FileWriter(job.fd, (buffer) => writer.recycle(buffer));
  let bytes = 0;
  let failed = false;
  let queue = Promise.resolve();
  const send = (message) => port.postMessage(message);
  const fail = (error) => {
    if (failed) return;
    failed = true;
    const e = error;
    send({ error: e?.message ?? String(error), code: e?.code });
  };
  const put = (out) => new Promise((done, reject) => {
    bytes += out.length;
    file.write(out, (error) => error ? reject(error) : done());
  });
  const handle = async (chunk) => {
    if (failed) return;
    if (chunk) {
      reader.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      await put(writer.take());
      send({ ack: true });
      return;
    }
    reader.end();
    await put(Buffer.concat([writer.take(), writer.finish()]));
    await new Promise((done, reject) => file.settle((error) => error ? reject(error) : done()));
    send({ done: bytes });
  };
  port.on("message", (chunk) => {
    queue = queue.then(() => handle(chunk)).catch(fail);
  });
}
