/**
 * A sales report of 200+ MB (uncompressed), generated on the fly by the fake server from a seed
 * and sent as a multi-member gzip stream: the action's throughput and peak memory, next to
 * `zcat` of the very same gzip bytes (written to a temp file) as the lower bound.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { addReportVendor, syntheticSalesReport } from '../../fake-app-store-connect/routes/reports.js';
import { ms, runDist, startBenchServer, type BenchRow, type Scenario } from './support.js';

const VENDOR = '85099999';
const REPORT_BYTES = 210 * 1024 * 1024;
const MEMORY_TARGET_MB = 150;
const MB = 1024 * 1024;

/** A date whose daily report the fake server has surely published. */
function pastDay(daysAgo: number): string {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

async function timeZcat(file: string): Promise<number> {
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('zcat', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`zcat exited with ${code}`);
  return performance.now() - start;
}

export const reportStream: Scenario = {
  name: 'report',
  async run() {
    const bench = await startBenchServer({ latencyMs: 50 });
    const work = mkdtempSync(path.join(tmpdir(), 'asc-bench-report-'));
    const reportDate = pastDay(10);
    const synthetic = { seed: 20240601, bytes: REPORT_BYTES };
    addReportVendor(bench.server.store, VENDOR, { synthetic });
    try {
      // The same gzip bytes the server will send, for zcat.
      const gz = path.join(work, 'report.tsv.gz');
      await pipeline(
        Readable.from(
          syntheticSalesReport({ vendorNumber: VENDOR, frequency: 'DAILY', reportDate, ...synthetic }),
        ),
        createWriteStream(gz),
      );
      const compressedMb = statSync(gz).size / MB;
      const zcatMs = await timeZcat(gz);

      const rows: BenchRow[] = [];
      for (const format of ['tsv', 'csv'] as const) {
        const run = await runDist(
          bench.inputs({
            operation: 'sales-report',
            'vendor-number': VENDOR,
            'report-date': reportDate,
            'output-dir': path.join(work, 'out'),
            format,
          }),
        );
        if (run.code !== 0) throw new Error(`report run (${format}) failed:\n${run.output.slice(-2000)}`);
        const result = JSON.parse(run.outputs.result ?? '{}') as {
          rows: number;
          file: { reportBytes: number; compressedBytes: number };
        };
        const reportMb = result.file.reportBytes / MB;
        const throughput = reportMb / (run.wallMs / 1000);
        const zcatThroughput = reportMb / (zcatMs / 1000);
        rmSync(path.join(work, 'out'), { recursive: true, force: true });
        rows.push(
          {
            scenario: `report (${format})`,
            metric: `sales report, ${reportMb.toFixed(0)} MB TSV (${compressedMb.toFixed(0)} MB gzip, ${result.rows} rows): throughput`,
            value: `${throughput.toFixed(0)} MB/s (${ms(run.wallMs)})`,
            reference: `zcat: ${zcatThroughput.toFixed(0)} MB/s (${ms(zcatMs)})`,
          },
          {
            scenario: `report (${format})`,
            metric: 'peak memory of the action',
            value: `${run.maxRssMb.toFixed(0)} MB`,
            target: `< ${MEMORY_TARGET_MB} MB`,
            met: run.maxRssMb < MEMORY_TARGET_MB,
          },
        );
      }
      return rows;
    } finally {
      await bench.server.close();
      rmSync(work, { recursive: true, force: true });
    }
  },
};
