/**
 * An interview's short answer that dates the event its question names: «— Когда пройдёт следующее заседание МПК?
 * — Планируем в сентябре в Москве.», "Q: When will the commission meet again? A: We hope to hold it in May in
 * Osh." The answer names no event of its own (the question did); its date and place are the event's.
 */
import type { Language } from '../../../schema/dataset';
import type { ArticleDate, DateMention, MilestoneDraft, PersonDraft, Sentence } from '../../types';
import { dateClause } from './dating';
import { isBilateral, makeTitles, NOBODY, peopleInSentence } from './describe';
import { organisationIn, placeIn } from './knowledge';
import type { TriggerHit } from './lexicon';
import { rx } from '../regex';

/** A question that asks when: «— Когда пройдёт …?», «А когда …?», "Q: When will …?", "When is …?". */
const ASKS_WHEN = rx(/^\s*(?:[—–-]\s*|(?:Q|В|Вопрос)\s*[:.]\s*)?(?:(?:а|и|so|and)\s+)?(?:когда|when)(?![\p{L}])/iu);

/** Cheap test before `ASKS_WHEN`: the word's first letters within the question's first few characters. */
function mayAskWhen(text: string): boolean {
  const head = text.slice(0, 16).toLowerCase();
  return head.includes('когда') || head.includes('when');
}

/**
 * An answer that opens on the next sitting of what the question named ("Sidorov: The commission's next sitting is set for
 * Karakol …"): it dates the question's event as an answer to "when" does. English only: a Russian answer names the sitting with
 * a trigger of its own («Следующее заседание — в марте»), read as its event.
 */
const NEXT_OF_IT = rx(/^\s*(?:[—–-]\s*|[\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,2}:\s*)?(?:its|their|the)\s+next\s+(?:meeting|session|sitting)(?![\p{L}])/iu);

/** True when answer `text` opens on the next sitting of what the question named (`NEXT_OF_IT`). */
export function answersWithNext(text: string, lang: Language): boolean {
  return lang === 'en' && NEXT_OF_IT.test(text);
}

/** True when question `q` asks when something happens. */
export function asksWhen(q: Sentence): boolean {
  return mayAskWhen(q.text) && ASKS_WHEN.test(q.text);
}

/**
 * The event of the question's first trigger `hit` (of question `q`), dated by the first date of `answer` (the sentence
 * right after it, with no trigger of its own), or null when the answer holds no date. `mentions`: the answer's dates.
 */
export function answeredWhen(
  q: Sentence,
  hit: TriggerHit,
  answer: Sentence,
  mentions: readonly DateMention[],
  lang: Language,
  date: ArticleDate,
  people: PersonDraft[],
): MilestoneDraft | null {
  const mention = mentions.find((m) => m.start >= answer.start && m.end <= answer.end);
  if (!mention) return null;
  const text = answer.text;
  const d = dateClause({ lang, text, mention, anniversaryDate: null, speech: false, article: date, previous: () => [] });
  if (d.date === null) return null;
  const where = placeIn(text, lang) ?? placeIn(q.text, lang);
  const { type, labelEn, labelRu, key } = hit.trigger;
  const place = where?.name ?? null;
  const titles = makeTitles({ type, labelEn, labelRu, people: NOBODY, place, organisation: organisationIn(q.text) });
  return {
    date: d.date,
    dateEvidence: `${d.dateEvidence}; the answer to «${q.text.trim()}»`,
    type,
    status: d.status,
    titleEn: titles.titleEn,
    titleRu: titles.titleRu,
    peopleIds: peopleInSentence(people, answer),
    place,
    bilateral: isBilateral(type, key, `${q.text} ${text}`, lang, where?.country ?? null),
    derived: null,
    quote: { start: answer.start, end: answer.end, text },
    documentAct: false,
  };
}

/** A paragraph that answers: opened by a dash or an answer label («— …», "A: …", «Ответ: …»). */
const ANSWER_OPENS = rx(/^\s*(?:[—–]|(?:A|О|Ответ|Answer)\s*[:.])/u);

/**
 * True when offset `at` of `text` stands in an interview's answer: its paragraph opens with a dash or an answer label
 * and the paragraph before it ends with a question mark.
 */
export function inInterviewAnswer(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  if (!ANSWER_OPENS.test(text.slice(start, start + 12))) return false;
  const before = text.slice(Math.max(0, start - 400), start).trimEnd();
  return before.endsWith('?') || before.endsWith('?»') || before.endsWith('?"');
}
