import { compareBuildNumbers, incrementBuildNumber } from '../src/uploads/build-number.js';

test('dotted integers compare part by part, missing parts as 0', () => {
  expect(compareBuildNumbers('1.2.10', '1.2.9')).toBe(1);
  expect(compareBuildNumbers('2', '1.9.9')).toBe(1);
  expect(compareBuildNumbers('1.0', '1')).toBe(0);
  expect(compareBuildNumbers('457', '1000')).toBe(-1);
});

test('the next number increments the last part', () => {
  expect(incrementBuildNumber('457')).toBe('458');
  expect(incrementBuildNumber('2.3.9')).toBe('2.3.10');
  expect(incrementBuildNumber('99999999999999999999')).toBe('100000000000000000000');
  expect(incrementBuildNumber(undefined)).toBe('1');
});
