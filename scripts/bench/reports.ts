/**
 * A SALES SUMMARY report of about 200 MB (uncompressed) in about 50 gzip members, made once
 * (cached in `.bench/`) and served by the fake server as bytes: the action's throughput and peak
 * memory per format, each run next to `zcat` of the very same file timed just before it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { addReportVendor, syntheticSalesLines } from '../../fake-app-store-connect/routes/reports.js';
import { median, ms, root, runDist, startBenchServer, type BenchRow, type Scenario } from './support.js';

const VENDOR = '85099999';
const MB = 1024 * 1024;
const REPORT_BYTES = 200 * MB;
const MEMBERS = 50;
const MEMORY_TARGET_MB = 150;
/** Peak memory counts as flat in the report's size when a quarter-size report's is this close. */
const FLAT_MB = 20;
/** Lowest share of zcat's MB/s per format. */
const TARGETS = { tsv: 0.5, csv: 0.35, json: 0.35 } as const;
/** Runs per format; the table shows the median ratio. */
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
/** Runs per format before those, not counted. */
const WARMUP_RUNS = Number(process.env.BENCH_REPORT_WARMUP ?? 1);

/** A date whose daily report the fake server has surely published. */
function pastDay(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** The report's gzip file, made on the first run and reused after (same seed, same bytes). */
function reportFile(bytes = REPORT_BYTES, memberCount = MEMBERS): string {
  const dir = path.join(root, '.bench');
  const file = path.join(dir, `sales-summary-${bytes / MB}mb-${memberCount}members.tsv.gz`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  process.stderr.write(`making ${path.relative(root, file)} (once)…\n`);
  const members: Buffer[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    members.push(gzipSync(batch.join('')));
    batch = [];
    size = 0;
  };
  const lines = syntheticSalesLines({
    vendorNumber: VENDOR,
    frequency: 'DAILY',
    reportDate: '2025-03-09',
    seed: 20240601,
    bytes,
  });
  for (const line of lines) {
    batch.push(line);
    size += line.length;
    if (size >= bytes / memberCount) flush();
  }
  if (batch.length) flush();
  writeFileSync(`${file}.tmp`, Buffer.concat(members));
  renameSync(`${file}.tmp`, file);
  return file;
}

/** zcat of the file to /dev/null: wall time, and its CPU time when /usr/bin/time is there to tell it. */
async function timeZcat(file: string): Promise<{ wall: number; cpu: number }> {
  const timed = existsSync('/usr/bin/time');
  const start = performance.now();
  let stderr = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = timed
      ? spawn('/usr/bin/time', ['-f', 'ZCAT_CPU=%U %S', 'zcat', file], {
          stdio: ['ignore', 'ignore', 'pipe'],
        })
      : spawn('zcat', [file], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wall = performance.now() - start;
  if (code !== 0) throw new Error(`zcat exited with ${code}: ${stderr}`);
  const m = /ZCAT_CPU=([\d.]+) ([\d.]+)/.exec(stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

export const reportStream: Scenario = {
  name: 'report',
  async run() {
    const file = reportFile();
    const gzip = readFileSync(file);
    const bench = await startBenchServer({ latencyMs: 50 });
    const work = mkdtempSync(path.join(tmpdir(), 'asc-bench-report-'));
    addReportVendor(bench.server.store, VENDOR, { salesGzip: gzip });
    /** The built action saving the vendor's report in `format` to `out/`; throws when it fails. */
    const runReport = async (vendor: string, format: string, what: string) => {
      const run = await runDist(
        bench.inputs({
          operation: 'sales-report',
          'vendor-number': vendor,
          'report-date': pastDay(10),
          'output-dir': path.join(work, 'out'),
          format,
        }),
      );
      if (run.code !== 0) throw new Error(`${what} (${format}) failed:\n${run.output.slice(-2000)}`);
      return run;
    };
    const formats = (process.env.BENCH_REPORT_FORMATS?.split(',') ?? ['tsv', 'csv', 'json']) as Array<
      keyof typeof TARGETS
    >;
    try {
      const rows: BenchRow[] = [];
      /** Each format's peak memory on the full report. */
      const peaks = new Map<string, number>();
      for (const format of formats) {
        const ratios: number[] = [];
        const runs: Array<{
          action: number;
          zcat: number;
          rss: number;
          ratio: number;
          cpu: number;
          sys: number;
          zcatCpu: number;
        }> = [];
        let reportMb = 0;
        let rowCount = 0;
        // One run first, not counted: on this kind of VM the first few hundred MB written after a
        // pause cost the kernel up to 2 s more system time (memory the host had taken back).
        for (let i = 0; i < WARMUP_RUNS; i++) {
          const warm = await runReport(VENDOR, format, 'warm-up run');
          process.stderr.write(
            `  ${format} warm-up: ${ms(warm.wallMs)} (system ${ms(warm.sysMs)}), not counted\n`,
          );
        }
        for (let i = 0; i < RUNS; i++) {
          const zcat = await timeZcat(file);
          const zcatMs = zcat.wall;
          // The last run's file goes just before this run, not after it: this VM hands memory
          // freed for a second or two back to its host, and the kernel then pays about 1.5 s per
          // GB to get page cache again; freed just before, its pages serve the new file.
          rmSync(path.join(work, 'out'), { recursive: true, force: true });
          const run = await runReport(VENDOR, format, 'report run');
          const result = JSON.parse(run.outputs.result ?? '{}') as {
            rows: number;
            file: { reportBytes: number };
          };
          reportMb = result.file.reportBytes / MB;
          rowCount = result.rows;
          const ratio = zcatMs / run.wallMs;
          ratios.push(ratio);
          runs.push({
            action: run.wallMs,
            zcat: zcatMs,
            rss: run.maxRssMb,
            ratio,
            cpu: run.cpuMs,
            sys: run.sysMs,
            zcatCpu: zcat.cpu,
          });
          process.stderr.write(
            `  ${format} #${i + 1}: action ${ms(run.wallMs)} (CPU ${ms(run.cpuMs)}, of which system ${ms(run.sysMs)}), zcat ${ms(zcatMs)} (CPU ${ms(zcat.cpu)}), ${(ratio * 100).toFixed(0)}% of zcat, ${run.maxRssMb.toFixed(0)} MB\n`,
          );
        }
        const mid = runs.find((r) => r.ratio === median(ratios)) ?? (runs[0] as (typeof runs)[number]);
        const ratio = median(ratios);
        const maxRss = Math.max(...runs.map((r) => r.rss));
        peaks.set(format, maxRss);
        const range = `${(Math.min(...ratios) * 100).toFixed(0)}–${(Math.max(...ratios) * 100).toFixed(0)}%`;
        rows.push(
          {
            scenario: `report (${format})`,
            metric: `SALES SUMMARY, ${reportMb.toFixed(0)} MB TSV (${(gzip.length / MB).toFixed(0)} MB gzip in ${MEMBERS} members, ${rowCount} rows): throughput, median of ${RUNS}`,
            value: `${(reportMb / (mid.action / 1000)).toFixed(0)} MB/s (${ms(mid.action)})`,
            reference: `zcat: ${(reportMb / (mid.zcat / 1000)).toFixed(0)} MB/s (${ms(mid.zcat)})`,
            target: `≥ ${TARGETS[format] * 100}% of zcat`,
            met: ratio >= TARGETS[format],
          },
          {
            scenario: `report (${format})`,
            metric: 'share of zcat’s MB/s (same run)',
            value: `${(ratio * 100).toFixed(0)}% (range ${range})`,
          },
          {
            scenario: `report (${format})`,
            metric: 'CPU time, every thread (load-proof: the machine is shared)',
            value: `${ms(mid.cpu)} (system ${ms(mid.sys)})`,
            reference: `zcat: ${ms(mid.zcatCpu)}`,
            target: '',
          },
          {
            scenario: `report (${format})`,
            metric: `peak memory of the action (highest of ${RUNS})`,
            value: `${maxRss.toFixed(0)} MB`,
            target: `≤ ${MEMORY_TARGET_MB} MB`,
            met: maxRss <= MEMORY_TARGET_MB,
          },
        );
      }
      // Flat in the report's size: each format again on a report a quarter as large.
      const smallVendor = '85099998';
      const small = readFileSync(reportFile(REPORT_BYTES / 4, MEMBERS / 4));
      addReportVendor(bench.server.store, smallVendor, { salesGzip: small });
      for (const format of formats) {
        const run = await runReport(smallVendor, format, 'small report run');
        rmSync(path.join(work, 'out'), { recursive: true, force: true });
        const full = peaks.get(format) ?? NaN;
        rows.push({
          scenario: `report (${format})`,
          metric: `peak memory, a report a quarter as large (${REPORT_BYTES / 4 / MB} MB TSV) against the full one`,
          value: `${run.maxRssMb.toFixed(0)} MB`,
          reference: `200 MB report: ${full.toFixed(0)} MB`,
          target: `flat: within ${FLAT_MB} MB`,
          met: Math.abs(full - run.maxRssMb) <= FLAT_MB,
        });
      }
      return rows;
    } finally {
      await bench.server.close();
      rmSync(work, { recursive: true, force: true });
    }
  },
};
