/**
 * GET /v1/apps/{id}/metrics/betaTesterUsages: sessions, crashes and feedback per tester over
 * P7D, P30D, P90D or P365D (`groupBy=betaTesters`).
 *
 * Usage is scripted per tester with `setTesterUsage` (the last session's age in days and the
 * counts). A tester without a session in the period has no row, as at Apple. The tester
 * dimension comes as the OpenAPI description has it (`data: "<id>"`) or as Apple's own examples
 * show it (`data: {type, id}`): `setUsageDimensionShape` picks one.
 */
import { apiError } from '../errors.js';
import { encodeCursor } from '../jsonapi.js';
import type { Store } from '../store.js';
import type { RouteModule } from '../types.js';

export interface TesterUsage {
  /** Days since the tester's last session; undefined: never. */
  lastSessionDaysAgo?: number;
  sessions?: number;
  crashes?: number;
  feedback?: number;
}

const usages = new WeakMap<Store, Map<string, TesterUsage>>();
const shapes = new WeakMap<Store, 'string' | 'object'>();

export function setTesterUsage(store: Store, testerId: string, usage: TesterUsage): void {
  let map = usages.get(store);
  if (!map) usages.set(store, (map = new Map()));
  map.set(testerId, usage);
}

export function setUsageDimensionShape(store: Store, shape: 'string' | 'object'): void {
  shapes.set(store, shape);
}

const PERIODS: Record<string, number> = { P7D: 7, P30D: 30, P90D: 90, P365D: 365 };

export const betaTesterUsagesRoutes: RouteModule = (router, { store, now }) => {
  router.get(
    '/v1/apps/{id}/metrics/betaTesterUsages',
    (req) => {
      const app = store.getOrThrow('apps', req.params.id ?? '');
      const period = req.query.get('period') ?? 'P7D';
      const days = PERIODS[period] ?? 7;
      if (req.query.get('groupBy') !== 'betaTesters') {
        throw apiError(
          400,
          'PARAMETER_ERROR.REQUIRED',
          'A required parameter is missing',
          'This fake answers only groupBy=betaTesters',
          { parameter: 'groupBy' },
        );
      }
      const only = req.query.get('filter[betaTesters]')?.split(',');
      const limit = Number(req.query.get('limit') ?? 50);
      const offset = Number(
        JSON.parse(Buffer.from(req.query.get('cursor') ?? encodeCursor(0), 'base64url').toString()).offset ??
          0,
      );
      const shape = shapes.get(store) ?? 'string';
      const end = new Date(now());
      const start = new Date(now() - days * 86_400_000);
      const rows = store
        .list('betaTesters')
        .filter((t) => store.ids(t, 'apps').includes(app.id))
        .filter((t) => !only || only.includes(t.id))
        .map((t) => ({ t, usage: usages.get(store)?.get(t.id) }))
        .filter(({ usage }) => usage?.lastSessionDaysAgo !== undefined && usage.lastSessionDaysAgo < days)
        .map(({ t, usage }) => ({
          dataPoints: [
            {
              start: start.toISOString(),
              end: end.toISOString(),
              values: {
                sessionCount: usage?.sessions ?? 1,
                crashCount: usage?.crashes ?? 0,
                feedbackCount: usage?.feedback ?? 0,
              },
            },
          ],
          dimensions: {
            betaTesters: {
              links: {
                groupBy: `${req.ctx.baseUrl}/v1/apps/${app.id}/metrics/betaTesterUsages?groupBy=betaTesters`,
                related: `${req.ctx.baseUrl}/v1/betaTesters/${t.id}`,
              },
              data: shape === 'string' ? t.id : { type: 'betaTesters', id: t.id },
            },
          },
        }));
      const slice = rows.slice(offset, offset + limit);
      const links: { self: string; next?: string } = { self: req.url.href };
      const paging: { total: number; limit: number; nextCursor?: string } = { total: rows.length, limit };
      if (offset + limit < rows.length) {
        const cursor = encodeCursor(offset + limit);
        const next = new URL(req.url.pathname, req.ctx.baseUrl);
        for (const [name, value] of req.query) if (name !== 'cursor') next.searchParams.append(name, value);
        next.searchParams.append('cursor', cursor);
        links.next = next.href;
        paging.nextCursor = cursor;
      }
      return { status: 200, body: { data: slice, links, meta: { paging } } };
    },
    { supports: ['period', 'groupBy', 'filter[betaTesters]', 'limit'] },
  );
};
