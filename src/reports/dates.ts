/**
 * When Apple's reports become available, in Pacific time: the default report date is the newest
 * one that should exist now, and a 404 for a date not yet due means "not available yet".
 */
import { dayNumber, dayText, type Frequency } from './spec.js';

export const PACIFIC = 'America/Los_Angeles';

/** A frequency, or `FISCAL` for finance reports (Apple's fiscal months, YYYY-MM). */
export type Cadence = Frequency | 'FISCAL';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The hour (Pacific) from which Apple's reports of a period are expected. */
const READY_HOUR = 8;
/** Days after a month's end (the month's report, and finance's fiscal month) until it is expected. */
const MONTHLY_READY_DAY = 5;
const FISCAL_READY_DAY = 10;
const YEARLY_READY_DAY = 5;

/** How late Apple may be before a 404 with no telling text means "nothing there" rather than "late". */
const GRACE_MS: Record<Cadence, number> = {
  DAILY: DAY,
  WEEKLY: 2 * DAY,
  MONTHLY: 7 * DAY,
  YEARLY: 14 * DAY,
  FISCAL: 14 * DAY,
};

/** When each cadence's reports come out, in words, for logs and messages. */
export const READINESS: Record<Cadence, string> = {
  DAILY: 'daily reports are ready around 8 AM Pacific time the next day',
  WEEKLY: 'weekly reports are ready around 8 AM Pacific time on the Monday after the week ends on Sunday',
  MONTHLY: `monthly reports are ready some days after the month ends, expected from the ${MONTHLY_READY_DAY}th at 8 AM Pacific time`,
  YEARLY: `yearly reports are ready some days after the year ends, expected from January ${YEARLY_READY_DAY} at 8 AM Pacific time`,
  FISCAL: `finance reports are ready some days after Apple's fiscal month closes, expected from the ${FISCAL_READY_DAY}th of the next month at 8 AM Pacific time`,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock time in a time zone. */
export function wallClock(ms: number, timeZone = PACIFIC): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
  };
}

/** The instant at which the wall clock in `timeZone` shows day `day` (days since epoch), `hour`:00. */
export function zonedTime(day: number, hour: number, timeZone = PACIFIC): number {
  const wanted = day * DAY + hour * HOUR;
  let guess = wanted;
  // Two rounds settle the zone's offset, also across a daylight-saving change.
  for (let i = 0; i < 2; i++) {
    const w = wallClock(guess, timeZone);
    const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    guess += wanted - shown;
  }
  return guess;
}

/** Today's date in Pacific time, as days since the epoch. */
export function pacificToday(ms: number): number {
  const w = wallClock(ms);
  return Date.UTC(w.year, w.month - 1, w.day) / DAY;
}

function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1) / DAY;
}

/** When the report for `date` (in the cadence's form) is expected to exist. */
export function expectedAt(cadence: Cadence, date: string): number {
  switch (cadence) {
    case 'DAILY':
    case 'WEEKLY':
      return zonedTime((dayNumber(date) as number) + 1, READY_HOUR);
    case 'MONTHLY':
    case 'FISCAL': {
      const [y, m] = date.split('-').map(Number) as [number, number];
      const readyDay = cadence === 'MONTHLY' ? MONTHLY_READY_DAY : FISCAL_READY_DAY;
      return zonedTime(monthStart(y, m + 1) + readyDay - 1, READY_HOUR);
    }
    case 'YEARLY':
      return zonedTime(monthStart(Number(date) + 1, 1) + YEARLY_READY_DAY - 1, READY_HOUR);
  }
}

/** The newest report date that should be available at `now`. */
export function newestExpected(cadence: Cadence, now: number): string {
  const today = pacificToday(now);
  const w = wallClock(now);
  const fits = (date: string) => expectedAt(cadence, date) <= now;
  switch (cadence) {
    case 'DAILY': {
      const date = dayText(today - 1);
      return fits(date) ? date : dayText(today - 2);
    }
    case 'WEEKLY': {
      const weekday = new Date(today * DAY).getUTCDay();
      // The last Sunday before today (a Sunday itself is still in its week).
      const sunday = today - (weekday === 0 ? 7 : weekday);
      const date = dayText(sunday);
      return fits(date) ? date : dayText(sunday - 7);
    }
    case 'MONTHLY':
    case 'FISCAL': {
      const previous = new Date(Date.UTC(w.year, w.month - 2, 1)).toISOString().slice(0, 7);
      const before = new Date(Date.UTC(w.year, w.month - 3, 1)).toISOString().slice(0, 7);
      return fits(previous) ? previous : before;
    }
    case 'YEARLY': {
      const previous = String(w.year - 1);
      return fits(previous) ? previous : String(w.year - 2);
    }
  }
}

/** True while a missing report may just be late: before its expected time plus a grace period. */
export function mayStillCome(cadence: Cadence, date: string, now: number): boolean {
  return now < expectedAt(cadence, date) + GRACE_MS[cadence];
}

/** "2025-03-10 08:00 Pacific" */
export function pacificText(ms: number): string {
  const w = wallClock(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} Pacific`;
}
