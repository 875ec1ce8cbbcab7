/**
 * A relative clause that tells when its antecedent gathering is held ("the next session, which is
 * due to take place in Bishkek in the second quarter of 2026", «заседание, которое пройдёт в
 * 2026 году»): its year dates that gathering, unlike a relative clause about something else
 * ("the base, which opened in 2003").
 */
import { rx } from '../regex';

/**
 * A verb of holding or scheduling right after the relative pronoun (a word or two may stand between:
 * "which in turn will take place", «которое планируется провести»).
 */
const HELD = rx(
  /^\s*(?:[\p{L}-]+\s+){0,2}?(?:(?:is|are|was|were|will\s+be)\s+(?:due|scheduled|planned|expected|set)\s+to\s+(?:take\s+place|be\s+held|convene|meet)|(?:will|would)\s+(?:take\s+place|be\s+held|convene)|(?:is|are)\s+(?:scheduled|planned|set)\s+for|состоится|состоятся|пройд[её]т|пройдут|запланирован\p{L}*|намечен\p{L}*|планируется\s+провести)(?![\p{L}])/iu,
);

/** True when `tail`, the text right after a relative pronoun, tells when its antecedent is held. */
export function tellsItsHolding(tail: string): boolean {
  return HELD.test(tail);
}
