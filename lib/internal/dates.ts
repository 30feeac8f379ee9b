/**
 * Dates as http.server writes them: English day and month names and the
 * log's local time, formatted once per second. Internal helper: not
 * re-exported by index.ts.
 *
 * @internal
 * @module
 */

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

let logDateSecond = NaN;
let logDate = '';

/**
 * Python's log_date_time_string() for now, formatted once per second: the
 * text only changes with the second, and local-time getters are slow.
 */
export function currentLogDate(): string {
  const second = Math.floor(Date.now() / 1000);
  if (second !== logDateSecond) {
    const now = new Date(second * 1000);
    logDate =
      `${pad2(now.getDate())}/${MONTHS[now.getMonth()]}/${String(now.getFullYear()).padStart(4, '0')} ` +
      `${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`;
    logDateSecond = second;
  }
  return logDate;
}
