/** Day arithmetic on ISO dates, shared by every rule that counts days («накануне», "the day after", "a week ago"). */
import type { PartialDate } from '../../../schema/dataset';

/** `iso` (YYYY-MM-DD) moved by `n` days, across months and years («1 марта» − 1 day in a leap year is 29 February). */
export function addDays(iso: string, n: number): PartialDate {
  // Noon UTC: no time zone or daylight-saving change can move the day.
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Days from `a` to `b` (ISO days; negative when `b` is earlier), as every rule that bounds a gap counts them. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}
