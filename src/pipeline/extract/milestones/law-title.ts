/**
 * A law named by its words rather than by a step of its own. Its title quoted as a clause of its own: «подписал закон «О ратификации …»»,
 * 'adopted the draft law "On Ratifying …"'. The title names the act whose step the clause
 * before it tells (signed, adopted, approved); with no date of its own it is no second event. A title that names
 * the signing of the document ratified («…, подписанного 14 мая 2021 года в городе Оше», '…, signed on 3 March
 * 2021') tells that signing, of that date. So does a reference note's account of what the law does
 * («Федеральным законом ратифицируется Протокол …, подписанный …», 'The Federal Law ratifies the Protocol …,
 * signed on 3 March 2021 in Osh'): the law's own steps are told apart, the signing named is the event there.
 */
import type { Language } from '../../../schema/dataset';
import type { DateMention, MilestoneDraft } from '../../types';
import { rx } from '../regex';

/** A quote mark, then a title of an act on a document («О ратификации …», "On ratification of …", "On Ratifying …"). */
const TITLE: Record<Language, RegExp> = {
  ru: rx(/^[«"„“]\s*Об?\s+(?:ратификации|денонсации|подписании|присоединении)\s/u),
  en: /^["“«]\s*On\s+(?:the\s+)?(?:[Rr]atification|[Rr]atifying|[Dd]enunciation|[Ss]igning|[Aa]ccession)\b/u,
};

/** The signing participle right before a date inside the title («подписанного 14 мая …», "signed in Osh on 3 March …"). */
const SIGNED_BEFORE: Record<Language, RegExp> = {
  ru: rx(/(?:^|[^\p{L}])(?:подписанн|заключ[её]нн)\p{L}*\s+(?:[\p{L}.-]+\s+){0,4}$/iu),
  en: rx(/\b(?:signed|concluded)\s+(?:[\p{L}.-]+\s+){0,4}$/iu),
};

/** A law told by what it does, in the present: «Федеральным законом ратифицируется …», 'The Federal Law ratifies …'. */
const LAW_RATIFIES: Record<Language, RegExp> = {
  ru: rx(/^(?:Настоящим\s+)?(?:Федеральным\s+)?[Зз]аконом\s+(?:[\p{L}-]+\s+){0,3}?(?:ратифицируется|ратифицируются|денонсируется)\s/u),
  en: /^(?:This|The)\s+(?:Federal\s+)?Law\s+(?:ratifies|denounces)\s/u,
};

/** How far before a date the signing participle may stand (a city and its preposition between). */
const REACH = 60;

/**
 * Drops from `out` the undated milestones quoting only a law's title (`TITLE`) and those telling what a law does
 * (`LAW_RATIFIES`); one that names the signing of the document ratified, a date of `mentions` right after the
 * participle, takes that date instead.
 */
export function withoutLawWording(text: string, out: MilestoneDraft[], mentions: readonly DateMention[], lang: Language): void {
  const title = TITLE[lang];
  for (let i = out.length - 1; i >= 0; i--) {
    const m = out[i]!;
    if (m.status !== 'past') continue;
    if (LAW_RATIFIES[lang].test(m.quote.text)) {
      const signed = signingIn(text, m, mentions, lang);
      if (!signed) out.splice(i, 1);
      else if (m.date !== signed.date) {
        m.date = signed.date;
        m.type = 'agreement';
        m.dateEvidence = `The signing of the document the law ratifies («${text.slice(signed.start, signed.end)}»)`;
      }
      continue;
    }
    if (m.date !== null || !title.test(m.quote.text)) continue;
    const signed = signingIn(text, m, mentions, lang);
    if (signed) {
      m.date = signed.date;
      m.type = 'agreement';
      m.dateEvidence = `The signing the quoted law's title names («${text.slice(signed.start, signed.end)}»)`;
    } else out.splice(i, 1);
  }
}

/** The date mention inside `m`'s quote that a signing participle stands right before, or null. */
function signingIn(text: string, m: MilestoneDraft, mentions: readonly DateMention[], lang: Language): DateMention | null {
  for (let i = 0; i < mentions.length; i++) {
    const d = mentions[i]!;
    if (d.start < m.quote.start || d.end > m.quote.end || d.relative || d.date.length < 4) continue;
    if (SIGNED_BEFORE[lang].test(text.slice(Math.max(m.quote.start, d.start - REACH), d.start))) return d;
  }
  return null;
}
