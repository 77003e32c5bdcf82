import { adviceFor, describeDetails } from '../src/uploads/upload-watch.js';

test('the well-known failure codes get one sentence of advice, with or without the ITMS- prefix', () => {
  expect(adviceFor('ITMS-90189')).toMatch(/build number/);
  expect(adviceFor('90062')).toMatch(/version train is closed/);
  expect(adviceFor('ITMS-90055')).toMatch(/bundle id/);
  expect(adviceFor('ITMS-90725')).toMatch(/SDK/);
  expect(adviceFor('ITMS-90683')).toMatch(/purpose string/);
  expect(adviceFor('ITMS-12345')).toBeUndefined();
  expect(adviceFor(undefined)).toBeUndefined();
});

test('details read as one line each', () => {
  expect(describeDetails([{ code: 'ITMS-1', description: 'Two\nlines' }, {}])).toEqual([
    'ITMS-1: Two lines',
    'no code: no description',
  ]);
});
