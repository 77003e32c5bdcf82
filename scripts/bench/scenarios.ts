import { coldStart, coldStartToken, pagination } from './foundation.js';
import { testersBulk } from './testers.js';
import { distributeBuild } from './builds.js';
import { reportStream } from './reports.js';
import { uploadBuild } from './uploads.js';
import type { Scenario } from './support.js';

/** Every benchmark scenario, in the order `npm run bench` runs them. */
export const SCENARIOS: Scenario[] = [
  coldStart,
  coldStartToken,
  pagination,
  testersBulk,
  distributeBuild,
  reportStream,
  uploadBuild,
];
