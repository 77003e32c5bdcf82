import { coldStart, pagination } from './foundation.js';
import { testersBulk } from './testers.js';
import type { Scenario } from './support.js';

/** Every benchmark scenario, in the order `npm run bench` runs them. */
export const SCENARIOS: Scenario[] = [coldStart, pagination, testersBulk];
