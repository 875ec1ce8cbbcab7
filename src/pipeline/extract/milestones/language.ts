/**
 * One language's share of the milestone lexicon, resolved once per article and passed down: the
 * hot functions read fixed named properties of it instead of `TABLE[lang]`.
 *
 * Why: a read `TABLE[lang]` at a site that sees both languages is a megamorphic keyed load in V8
 * (≈140 instructions in baseline code, against ≈40 for a named property of an object of one
 * shape); the milestone stage made ≈230,000 of them at 1,000 articles, most per sentence or per
 * clause. Both languages' objects are built by the same function, so they share one shape.
 */
import type { Language } from '../../../schema/dataset';
import { CLAUSE_BREAKS, COORDINATED_VERB, DEMONSTRATIVE, MARKERS, TRIGGERS, type WordMatcher } from './lexicon';
import { COORDINATION_GATE } from './clauses';
import { backgroundWords, type BackgroundWords } from './background';
import { irrealisWords, type IrrealisWords } from './irrealis';
import { ITEM_DOCUMENT } from './timeline-document';
import { EXCLUSIONS, type CombinationMatcher } from './exclusions';

/** The marker lists of `MARKERS`, one language's matcher each. */
export type LanguageMarkers = { readonly [K in keyof typeof MARKERS]: WordMatcher };

/** What the milestone stage reads of one language. */
export interface LanguageLexicon {
  readonly lang: Language;
  /** The triggers' matchers, in the order of `TRIGGERS`. */
  readonly triggers: readonly WordMatcher[];
  readonly markers: LanguageMarkers;
  readonly demonstrative: RegExp;
  readonly clauseBreaks: RegExp;
  readonly coordinationGate: RegExp;
  readonly coordinatedVerb: RegExp;
  readonly background: BackgroundWords;
  readonly irrealis: IrrealisWords;
  /** A list item's dash and the document it opens with (`itemDocument`). */
  readonly itemDocument: RegExp;
  /** The exclusion patterns (`EXCLUSIONS`), asked of each sentence where a trigger matched. */
  readonly exclusions: CombinationMatcher;
}

/** The marker matchers of `lang` (the same instances as `MARKERS`, so their lazily made regexes are shared). */
function markersIn(lang: Language): LanguageMarkers {
  // Keys in `MARKERS`' order for both languages: one shape (Object.fromEntries keeps fast properties).
  return Object.fromEntries(Object.keys(MARKERS).map((k) => [k, MARKERS[k as keyof typeof MARKERS][lang]])) as LanguageMarkers;
}

/** Builds one language's lexicon from the tables by language (pure: the same tables in, the same entries out). */
export function languageLexicon(lang: Language): LanguageLexicon {
  return {
    lang,
    triggers: TRIGGERS.map((t) => t.re[lang]),
    markers: markersIn(lang),
    demonstrative: DEMONSTRATIVE[lang],
    clauseBreaks: CLAUSE_BREAKS[lang],
    coordinationGate: COORDINATION_GATE[lang],
    coordinatedVerb: COORDINATED_VERB[lang],
    background: backgroundWords(lang),
    irrealis: irrealisWords(lang),
    itemDocument: ITEM_DOCUMENT[lang],
    exclusions: EXCLUSIONS[lang],
  };
}

let ru: LanguageLexicon | null = null;
let en: LanguageLexicon | null = null;

/** The lexicon of `lang`, built on first use. */
export function lexiconOf(lang: Language): LanguageLexicon {
  return lang === 'ru' ? (ru ??= languageLexicon('ru')) : (en ??= languageLexicon('en'));
}
