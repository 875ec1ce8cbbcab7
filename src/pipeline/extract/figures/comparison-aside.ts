/**
 * ", as was the case across the bloc,", «, как и во всём союзе,»: a comparison with others set between commas. The
 * partner it names (a bloc, another country) is what the figure is compared with, not whose trade the figure is.
 */
import { rx } from '../regex';

/** A comparison aside: its opening words up to its closing comma. */
const COMPARISON_ASIDE = rx(/,\s+(?:as\s+(?:was|is|has\s+been)\s+the\s+case|как\s+и)\s[^,.;:!?]*,/giu);

/** True when `text` may hold a comparison aside (cheap test before the regex). */
export function mayHoldComparisonAside(text: string): boolean {
  return text.includes(' the case') || text.includes('как и');
}

/** `window` with its comparison asides blanked out (same length, so offsets hold). */
export function withoutComparisonAsides(window: string): string {
  if (!mayHoldComparisonAside(window)) return window;
  COMPARISON_ASIDE.lastIndex = 0;
  return window.replace(COMPARISON_ASIDE, (m) => `,${' '.repeat(m.length - 2)},`);
}
