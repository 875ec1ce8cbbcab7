/**
 * People named in an article: known officials from the knowledge base and unknown officials read
 * from the text (given name from the lexicon + a surname that inclines back, next to a role title or
 * an official act), in any grammatical case, Russian or English, with every mention.
 */
import type { ArticleDoc, PersonDraft } from '../types';
import { assemble } from './people/assemble';
import { NameContext } from './people/context';
import { scanEn } from './people/en';
import { knowledgeInput } from './people/knowledge-source';
import { buildLexicon, type PeopleLexicon } from './people/lexicon';
import { lexiconFromJson } from './people/lexicon-json';
import { prebuiltLexicon } from './people/prebuilt';
import { takeInitials } from './people/initials';
import { withoutMisspoken } from './people/misspoken';
import { withoutNamePrefixes } from './people/name-prefix';
import { splitOfficialPairs } from './people/official-pairs';
import { scanRu } from './people/ru';
import { lowerSameLength } from './lower';
import { tokenize } from './people/tokens';

export type { PeopleInput } from './people/lexicon';
export { buildLexicon } from './people/lexicon';

let defaultLexicon: PeopleLexicon | null = null;

/** The lexicon of the knowledge base, once, on first use: read from the compiled pipeline's prebuilt JSON, else built. */
export function knowledgeLexicon(): PeopleLexicon {
  if (defaultLexicon) return defaultLexicon;
  const input = knowledgeInput();
  return (defaultLexicon = prebuiltLexicon ? lexiconFromJson(prebuiltLexicon(), input.officials) : buildLexicon(input));
}

/** Finds the officials named in an article, in any grammatical case, with every mention. */
export function extractPeople(doc: ArticleDoc, lexicon: PeopleLexicon = knowledgeLexicon()): PersonDraft[] {
  // Lowered once for the article: the tokens' keys and the title search read it.
  const lower = lowerSameLength(doc.text);
  const toks = splitOfficialPairs(tokenize(doc, lower), lexicon, doc.language);
  const scanned = doc.language === 'en' ? scanEn(doc.text, toks, lexicon) : scanRu(doc.text, toks, lexicon);
  if (!scanned.length) return [];
  // «с губернатором Петровым... простите, с мэром Ивановым»: a name taken back at once is no one's mention.
  const hits = withoutNamePrefixes(doc.text, withoutMisspoken(doc.text, scanned), lexicon);
  if (!hits.length) return [];
  takeInitials(doc.text, hits, lexicon, doc.language);
  return assemble(doc, toks, hits, lexicon, new NameContext(doc, toks, hits, lower));
}
