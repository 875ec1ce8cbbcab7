/**
 * The order milestones are shown in: by date, undated last, then by id. The bundler writes them in
 * this order and the app sorts with the same rule, so the app's sort finds them in place. Ids are
 * compared by code unit, not by locale: the same on every machine, and cheap enough for the tens of
 * thousands of same-day pairs of a large archive.
 */
export function byDateThenId(a: { date: string | null; id: string }, b: { date: string | null; id: string }): number {
  if (a.date === b.date) return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? -1 : 1;
}
