/**
 * Tester usage metrics: `GET /v1/apps/{id}/metrics/betaTesterUsages` grouped by tester, over one
 * of Apple's periods. Rows carry no resource id; the tester is the `betaTesters` dimension,
 * which the OpenAPI description types as a string id while Apple's own examples show a
 * `{type, id}` object: both are read.
 */
import type { AppStoreConnectClient } from './client.js';

export const USAGE_PERIODS = [
  { days: 7, period: 'P7D' },
  { days: 30, period: 'P30D' },
  { days: 90, period: 'P90D' },
  { days: 365, period: 'P365D' },
] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number]['period'];

export interface TesterUsage {
  sessions: number;
  crashes: number;
  feedback: number;
}

interface UsageRow {
  dataPoints?: Array<{ values?: { sessionCount?: number; crashCount?: number; feedbackCount?: number } }>;
  dimensions?: { betaTesters?: { data?: unknown } };
}

/** The smallest of Apple's periods that covers `days` (undefined above 365). */
export function periodFor(days: number): UsagePeriod | undefined {
  return USAGE_PERIODS.find((p) => p.days >= days)?.period;
}

/** The tester id of a row's dimension, in either shape. */
export function dimensionTesterId(data: unknown): string | undefined {
  if (typeof data === 'string' && data) return data;
  if (data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string')
    return (data as { id: string }).id;
  return undefined;
}

/** Usage per tester id over the period; testers without a row had no session. */
export async function listTesterUsages(
  client: AppStoreConnectClient,
  appId: string,
  period: UsagePeriod,
): Promise<Map<string, TesterUsage>> {
  const usage = new Map<string, TesterUsage>();
  for await (const page of client.pages(`/v1/apps/${encodeURIComponent(appId)}/metrics/betaTesterUsages`, {
    period,
    groupBy: 'betaTesters',
    limit: 200,
  })) {
    for (const row of page.data as unknown as UsageRow[]) {
      const id = dimensionTesterId(row.dimensions?.betaTesters?.data);
      if (!id) continue;
      const total = usage.get(id) ?? { sessions: 0, crashes: 0, feedback: 0 };
      for (const point of row.dataPoints ?? []) {
        total.sessions += point.values?.sessionCount ?? 0;
        total.crashes += point.values?.crashCount ?? 0;
        total.feedback += point.values?.feedbackCount ?? 0;
      }
      usage.set(id, total);
    }
  }
  return usage;
}
