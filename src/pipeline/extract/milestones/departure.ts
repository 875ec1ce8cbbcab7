/**
 * A leader flying home ends a visit: "Mr X flies home today", «президент вылетел на родину» (the
 * phrases are in the visit trigger). Only an official's departure counts — a migrant who "flew home
 * from Moscow" tells no visit — so a homeward hit needs a person of the article or an official's
 * title before it in its sentence. Phrasings are data (`knowledge/event-phrasing.json`, `homeward`).
 */
import type { PersonDraft } from '../../types';
import raw from '../../knowledge/event-phrasing.json';
import { rx } from '../regex';
import type { TriggerHit } from './lexicon';
import { participants } from './describe';

const HOMEWARD = rx(raw.homeward.words, 'iu');
const OFFICIAL = rx(raw.homeward.officials, 'iu');

/** True when `hit`, a homeward visit phrase of `text`, has no official before it since `from` (its sentence's start). */
export function privateDeparture(hit: TriggerHit, text: string, from: number, people: PersonDraft[]): boolean {
  if (hit.trigger.type !== 'visit' || !HOMEWARD.test(text.slice(hit.start, hit.end))) return false;
  if (OFFICIAL.test(text.slice(from, hit.start))) return false;
  return participants(people, text, from, hit.start).length === 0;
}
