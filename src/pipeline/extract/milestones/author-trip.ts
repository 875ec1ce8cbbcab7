/**
 * The author's own trip told in the first person ("I first visited Bishkek in 2005, …") in a
 * signed piece: a memory of the writer's, no bilateral milestone. Only English is read: a Russian
 * «я был на форуме» outside quotation marks is as often an interviewee's answer (the answers of an
 * interview are set without quotes), which is an event told.
 */
import type { Language } from '../../../schema/dataset';
import type { TriggerHit } from './lexicon';
import { inSpeech, type Ranges } from './speech';
import { rx } from '../regex';

/** "By Laura Fenwick": a byline line near the top, the mark of a signed piece. */
const BYLINE = rx(/^By\s+\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}\s*$/mu);
/** How far from the top a byline is looked for. */
const BYLINE_REACH = 1500;
/** "I visited", "I first visited", "I had travelled": the first person right before the verb. */
const I_BEFORE = rx(/(?<![\p{L}])I\s+(?:[\p{Ll}]+\s+)?$/u);
/** A paragraph opened by a dash or a "Q:"/"A:" label: an interview's turn, not the author's narration. */
const TURN = /^\s*(?:[—–-]|[QA]:)/u;

/** True when a visit trigger is the author's own trip, told in the first person outside any quote in a signed piece. */
export function authorTrip(text: string, hit: TriggerHit, speech: Ranges, lang: Language): boolean {
  if (lang !== 'en' || hit.trigger.type !== 'visit') return false;
  if (!I_BEFORE.test(text.slice(Math.max(0, hit.start - 24), hit.start))) return false;
  if (inSpeech(speech, hit.start)) return false;
  const line = text.lastIndexOf('\n', hit.start) + 1;
  if (TURN.test(text.slice(line, hit.start))) return false;
  return BYLINE.test(text.slice(0, BYLINE_REACH));
}
