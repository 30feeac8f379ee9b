// Unit tests for lib/internal/dates.ts, the port's one date formatter.
// Expected values are CPython 3.14's wsgiref.handlers.format_date_time
// and email.utils.formatdate(usegmt=True) (http.server's date_time_string)
// for the same timestamps.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { currentHttpDate, currentLogDate, httpDate } from './dates';

const CASES: [number, string, string][] = [
  [1149533394, 'Mon, 05 Jun 2006 18:49:54 GMT', 'Mon, 05 Jun 2006 18:49:54 GMT'],
  [1149533394.9, 'Mon, 05 Jun 2006 18:49:54 GMT', 'Mon, 05 Jun 2006 18:49:54 GMT'],
  [0, 'Thu, 01 Jan 1970 00:00:00 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT'],
  [-1.5, 'Wed, 31 Dec 1969 23:59:58 GMT', 'Wed, 31 Dec 1969 23:59:58 GMT'],
  [-30636384833, 'Mon, 04 Mar  999 05:06:07 GMT', 'Mon, 04 Mar 0999 05:06:07 GMT'],
  [-62135596800, 'Mon, 01 Jan    1 00:00:00 GMT', 'Mon, 01 Jan 0001 00:00:00 GMT'],
];

test('httpDate pads years as format_date_time (space) or formatdate (zero)', () => {
  for (const [timestamp, formatDateTime, formatdate] of CASES) {
    assert.equal(httpDate(timestamp), formatDateTime, String(timestamp));
    assert.equal(httpDate(timestamp, '0'), formatdate, String(timestamp));
  }
});

test('the current dates are formatted once per second and follow the clock', () => {
  mock.timers.enable({ apis: ['Date'], now: 1149533394_000 });
  try {
    assert.equal(currentHttpDate(), 'Mon, 05 Jun 2006 18:49:54 GMT');
    const log = currentLogDate();
    assert.match(log, /^\d\d\/[A-Z][a-z]{2}\/\d{4} \d\d:\d\d:\d\d$/);
    mock.timers.tick(999);
    assert.equal(currentHttpDate(), 'Mon, 05 Jun 2006 18:49:54 GMT');
    assert.equal(currentLogDate(), log);
    mock.timers.tick(1);
    assert.equal(currentHttpDate(), 'Mon, 05 Jun 2006 18:49:55 GMT');
    assert.notEqual(currentLogDate(), log);
  } finally {
    mock.timers.reset();
  }
});
