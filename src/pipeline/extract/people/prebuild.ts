/** Entry point the launcher runs when it compiles the pipeline: the knowledge base's lexicon as JSON text (see `prebuilt.ts`). */
import { knowledgeInput } from './knowledge-source';
import { buildLexicon } from './lexicon';
import { lexiconToJson } from './lexicon-json';

/** JSON text of the lexicon built from the knowledge base. */
export function prebuiltLexiconJson(): string {
  return JSON.stringify(lexiconToJson(buildLexicon(knowledgeInput())));
}
