/**
 * upload-build of generated .ipa files (100 MB and 1 GB) through the fake server, 50 ms added
 * to every API answer and to every part's answer. Prints the transfer rate and the action's
 * peak memory next to a lower bound measured in the same run: the same bytes sent as one raw
 * HTTP stream to the same part host. Then a sweep of parts in flight on the 100 MB file, which
 * is how the default was picked.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { build } from 'plist';
import yazl from 'yazl';
import { uploadsOf } from '../../fake-app-store-connect/routes/build-uploads.js';
import { DEFAULT_PART_CONCURRENCY } from '../../src/uploads/upload-parts.js';
import { ms, runDist, startBenchServer, type BenchRow, type Scenario } from './support.js';

const LATENCY_MS = 50;
const MB = 1024 * 1024;
const SIZES_MB = (process.env.ASC_BENCH_UPLOAD_MB ?? '100,1024').split(',').map(Number);
const SWEEP = [1, 2, 4, 6, 8];

let buildNumber = 1000;

/** An .ipa of about `size` bytes: an Info.plist and one stored binary of random bytes. */
async function makeIpa(file: string, size: number): Promise<void> {
  buildNumber += 1;
  const zip = new yazl.ZipFile();
  const plist = build({
    CFBundleIdentifier: 'com.example.weather',
    CFBundleShortVersionString: '5.0',
    CFBundleVersion: String(buildNumber),
    DTPlatformName: 'iphoneos',
  });
  zip.addBuffer(Buffer.from(plist), 'Payload/Weather.app/Info.plist');
  let left = size;
  const filler = new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const n = Math.min(MB, left);
      left -= n;
      this.push(randomBytes(n));
    },
  });
  zip.addReadStream(filler, 'Payload/Weather.app/Weather', { compress: false, size });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('close', resolve);
    out.on('error', reject);
    zip.outputStream.pipe(out);
  });
}

/** One PUT of the whole file to the part host: the lower bound for moving these bytes. */
async function rawPut(origin: string, file: string): Promise<number> {
  const size = statSync(file).size;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const req = request(
      `${origin}/raw/bench`,
      {
        method: 'PUT',
        headers: { 'content-length': String(size), 'content-type': 'application/octet-stream' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`raw PUT ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    createReadStream(file, { highWaterMark: MB }).pipe(req);
  });
  return performance.now() - started;
}

interface Transfer {
  seconds: number;
  mbPerSecond: number;
  parts: number;
}

export const uploadBuild: Scenario = {
  name: 'upload',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'asc-bench-upload-'));
    const bench = await startBenchServer({ latencyMs: LATENCY_MS });
    const fake = uploadsOf(bench.server.store);
    fake.parts.latencyMs = LATENCY_MS;
    fake.script = { processingReads: 0 };
    bench.server.store.create(
      'apps',
      { name: 'Weather', bundleId: 'com.example.weather', sku: 'W' },
      {},
      '1',
    );
    const origin = await fake.parts.url();
    const rows: BenchRow[] = [];
    const upload = async (file: string, concurrency?: number) => {
      const run = await runDist(
        bench.inputs({ operation: 'upload-build', 'app-file': file, 'poll-interval': '1' }),
        concurrency ? { ASC_UPLOAD_CONCURRENCY: String(concurrency) } : {},
      );
      if (run.code !== 0) throw new Error(`upload-build failed:\n${run.output.slice(-3000)}`);
      fake.parts.reset();
      const transfer = (JSON.parse(run.outputs.result as string) as { transfer: Transfer }).transfer;
      return { run, transfer };
    };
    const memory: number[] = [];
    try {
      for (const sizeMb of SIZES_MB) {
        const file = path.join(dir, `Weather-${sizeMb}.ipa`);
        await makeIpa(file, sizeMb * MB);
        const boundMs = await rawPut(origin, file);
        const { run, transfer } = await upload(file);
        const bytes = statSync(file).size;
        const boundMbs = bytes / 1e6 / (boundMs / 1000);
        const ratio = (transfer.seconds * 1000) / boundMs;
        memory.push(run.maxRssMb);
        rows.push(
          {
            scenario: `upload ${sizeMb} MB`,
            metric: `transfer (${transfer.parts} parts, ${DEFAULT_PART_CONCURRENCY} in flight, ${LATENCY_MS} ms per answer)`,
            value: `${transfer.seconds.toFixed(1)} s, ${transfer.mbPerSecond.toFixed(0)} MB/s`,
            reference: `one raw stream: ${(boundMs / 1000).toFixed(1)} s, ${boundMbs.toFixed(0)} MB/s`,
            target: '≤ 1.5× the raw stream',
            met: ratio <= 1.5,
          },
          {
            scenario: `upload ${sizeMb} MB`,
            metric: 'ratio to the raw stream',
            value: `${ratio.toFixed(2)}×`,
          },
          {
            scenario: `upload ${sizeMb} MB`,
            metric: 'peak memory of the action',
            value: `${run.maxRssMb.toFixed(0)} MB`,
            target: '≤ 150 MB',
            met: run.maxRssMb <= 150,
          },
          {
            scenario: `upload ${sizeMb} MB`,
            metric: 'whole step, node start to exit',
            value: ms(run.wallMs),
          },
        );
        rmSync(file, { force: true });
      }
      if (memory.length >= 2) {
        const spread = Math.max(...memory) - Math.min(...memory);
        rows.push({
          scenario: 'upload',
          metric: `peak memory spread over ${SIZES_MB.join(' and ')} MB files`,
          value: `${spread.toFixed(0)} MB`,
          target: '≤ 20 MB (flat)',
          met: spread <= 20,
        });
      }
      const sweepMb = Math.min(...SIZES_MB);
      for (const concurrency of SWEEP) {
        const file = path.join(dir, `sweep-${concurrency}.ipa`);
        await makeIpa(file, sweepMb * MB);
        const { run, transfer } = await upload(file, concurrency);
        rows.push({
          scenario: `upload ${sweepMb} MB`,
          metric: `${concurrency} part${concurrency === 1 ? '' : 's'} in flight${concurrency === DEFAULT_PART_CONCURRENCY ? ' (default)' : ''}`,
          value: `${transfer.mbPerSecond.toFixed(0)} MB/s`,
          reference: `peak memory ${run.maxRssMb.toFixed(0)} MB`,
        });
        rmSync(file, { force: true });
      }
    } finally {
      await bench.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
