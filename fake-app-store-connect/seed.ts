/** Sample data for `npm run demo`, the benchmark and the standalone runner. */
import type { Store } from './store.js';

export const DEMO_APPS = [
  {
    id: '1234567890',
    name: 'Weather',
    bundleId: 'com.example.weather',
    sku: 'WEATHER1',
    primaryLocale: 'en-US',
  },
  { id: '1234567891', name: 'Notes', bundleId: 'com.example.notes', sku: 'NOTES1', primaryLocale: 'en-GB' },
  {
    id: '1234567892',
    name: 'Kalender',
    bundleId: 'com.example.calendar',
    sku: 'CAL1',
    primaryLocale: 'de-DE',
  },
];

export function seedDemo(store: Store): void {
  for (const { id, ...attributes } of DEMO_APPS) {
    if (!store.get('apps', id)) store.create('apps', attributes, {}, id);
  }
}
