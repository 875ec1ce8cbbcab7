/**
 * What surrounds a name: the role title next to it, an official act in its sentence, or signs that it
 * is a credit line, a journalist, a street or a ship. Title matches are computed once per sentence.
 */
import type { ArticleDoc } from '../../types';
import type { NameHit } from './hit';
import { bylineLength, findTitles, isAction, isAddress, isNamesakeOnly, isNonOfficial, isOfficerHead, isNonOfficialApposition, listedRole, namesNonOfficialOrg, opensAfterGap, roleAfter, roleBefore, type TextRole, type TitleHit } from './roles';
import { rx } from '../regex';
import { lowerSameLength } from '../lower';
import type { Token } from './tokens';

/** How many characters around a name are searched for its title. */
const ROLE_WINDOW = 150;
/** How far (in words) an official act may be from a name in the same sentence. */
const ACTION_WINDOW = 8;
/**
 * How far before a name a non-official title («корреспондент», «улица») is looked for: far enough for its
 * organisation («экономист Бишкекского финансового центра Иван Петров»); a verb of an act stops the search
 * («журналистам заявил министр Иван Петров»).
 */
/** Conjunctions that, after a comma, open a new clause («…, и президент», ", and President"). */
const CLAUSE_CONJUNCTION = new Set(['and', 'but', 'while', 'и', 'а', 'но']);
const NON_OFFICIAL_WINDOW = 5;
/**
 * A comma, a semicolon or a colon between two words: what stands before it is another phrase than the name's (a colon
 * closes a transcript's speaker label, «КОРРЕСПОНДЕНТ: …»).
 */
const CLAUSE_MARK = /[,;:]/;
/**
 * «университет имени первого Президента Российской Федерации Б.Н. Ельцина»: an institution named after
 * a person, with the person's title between «имени» and the name, so further back than the window of
 * non-official words. Up to six words with no punctuation; not «от имени» (on behalf of).
 */
const NAMED_AFTER_RU = rx(/(?<!(?:^|[^\p{L}])от\s)(?<![\p{L}])(?:имени|им\.)\s+(?:[^\s,;:«»"()]+\s+){0,6}$/iu);
const NAMED_AFTER_REACH = 90;
/**
 * A Russian verb in the past plural or reflexive, or in the present plural («стояли», «собрались», «стоят»): between a
 * non-official noun and a name it ends the noun's phrase («на трибуне Красной площади стояли Иван Петров, …»). Nouns
 * of that shape are few and none stands inside a title («отдела», «села» end in «-ла», not taken).
 */
const RU_PLURAL_VERB = rx(/^\p{Ll}{2,}(?:[аеиоуыя]ли|[аеиоуыя]л(?:ся|ась|ись|ось)|[ая]ют|[ая]т)$/u);
/** A verb in the singular («передает», «сообщил», «пишет»): after a comma it opens a clause («…, передает корреспондент ТАСС»), not an apposition. */
const RU_SINGULAR_VERB = rx(/^\p{Ll}{3,}(?:[аяеу]ет|[иш]ет|ит|[аеиуя]л[аио]?)$/u);

/** A plural adjective or participle in the nominative («новые», «российские»): no word of one person's apposition. */
const RU_PLURAL_ADJECTIVE = rx(/^\p{Ll}{2,}[ыи]е$/u);

/** «который», «которая»: a relative word opening a clause after a name. */
const RU_RELATIVE = rx(/^котор(?:ый|ая|ое|ые)$/u);

/** A plural dative («журналистам», «корреспондентам»): whom something was said to. */
const RU_PLURAL_DATIVE = rx(/^\p{Ll}{3,}[ая]м$/u);

/** How many words (article, adjectives, a place: "a Bishkek public health") may precede a non-official title after a name's comma. */
const APPOSITION_WORDS = 5;
/** Words that may stand before such a title: articles and adjectives, not prepositions («of», «при»). */
const APPOSITION_FILLER = rx(/^(?!(?:of|at|in|for|to|and|и|в|при|по|из)$)[\p{Ll}-]+$/u);

/** How far after a name an apposition naming the body the person heads is read. */
const APPOSITION_REACH = 80;
/**
 * ", head of the Slavic Foundation", «, председатель делового совета …», ", who heads the … rights group", «, возглавляющая
 * правозащитный центр …»: a head's apposition or relative clause, up to its clause's end.
 */
const HEAD_OF_APPOSITION = rx(
  /^\s*,\s*(?:the\s+)?(?:(?:head|chairman|chair|director|president|leader|founder)\s+of|who\s+(?:heads|headed|leads|led|runs|ran|chairs|founded)|(?:котор\p{L}+\s+)?возглав\p{L}*|председател\p{L}*|руководител\p{L}*|глав\p{L}*|директор\p{L}*|основател\p{L}*)\s[^,.;:!?()]*/iu,
);

/** What opens an apposition after a name: a comma, a dash or a bracket, with an age between commas ("X, 34, a …"). */
const APPOSITION_OPEN = /^\s*(?:,\s*\d{1,3}\s*,|[,—–(])\s*$/;
/**
 * "According to Minister X, the schools …": a sentence opening with its source, up to the name with no comma between.
 * The comma after the name closes that phrase, so a plural after it ("the schools", no apposition of one person) is
 * the sentence's own subject.
 */
const SOURCE_OPENING = /^[\s"“]*according\s+to\s[^,;:]*$/i;
/**
 * «По словам премьер-министра X, правительство подготовит программу поддержки школ»: a Russian sentence opening with
 * its source, up to the name with no comma between. An apposition of that name agrees with it in the genitive
 * («По словам X, директора школы, …»), so a first word after the comma that cannot be a genitive opens the sentence's
 * own clause.
 */
const SOURCE_OPENING_RU = /^[\s"«]*по\s+(?:словам|мнению|оценке|оценкам|данным|информации|сведениям)\s[^,;:]*$/i;
/** Endings a Russian noun or adjective may have in the genitive (singular and plural). */
const GENITIVE_LOOK = rx(/(?:[аяыи]|ей|ов|ев|ого|его|ой|их|ых)$/u);
/** An English plural of a non-official's title or place ("schools", "analysts"): no apposition of one person. */
const pluralOnly = (key: string) => key.length > 3 && key.endsWith('s') && isNonOfficial(key.slice(0, -1), 'en');

/** A slash right before a name, and right after it: «/Иван Петров/» credits an agency's correspondent. */
const SLASH_BEFORE = /\/\s?$/;
const SLASH_AFTER = /^\s?\//;
/** Between two names of a list: a comma or «и» / "and". */
const LIST_JOIN = /^\s*(?:,\s*(?:и\s+|and\s+)?|и\s+|and\s+)$/;

/** Context questions about the names of one article. */
/** Only white space between a title word and the name after it. */
const SPACE_ONLY = /^\s+$/;
/** A name of no official of the knowledge base owns no title. */
const noTitle = () => false;

export class NameContext {
  private readonly roles = new Map<number, TextRole | null>();
  private readonly listRoles = new Map<number, TextRole | null>();
  /**
   * `hits`: every name found in the article, in text order; a title never reaches past another name.
   * `lower`: the article in lower case (`lowerSameLength`), searched for titles.
   */
  constructor(
    private readonly doc: ArticleDoc,
    private readonly toks: Token[],
    private readonly hits: readonly NameHit[] = [],
    private readonly lower = lowerSameLength(doc.text),
  ) {}

  /** The other name before `h` in its sentence that ends last, or null. */
  private previousName(h: NameHit): NameHit | null {
    let prev: NameHit | null = null;
    // The end kept as a number: reading `prev.end` only once a second name stood before was a field read
    // without feedback in the optimised code, which threw it away.
    let prevEnd = -1;
    for (let i = 0; i < this.hits.length; i++) {
      const o = this.hits[i]!;
      if (o.start >= h.start) break;
      if (o !== h && o.end <= h.start && o.sent === h.sent && o.end > prevEnd) {
        prev = o;
        prevEnd = o.end;
      }
    }
    return prev;
  }

  /** The role title written next to the mention, or null. Titles are looked for in a window around the name only. */
  role(h: NameHit): TextRole | null {
    const cached = this.roles.get(h.start);
    if (cached !== undefined) return cached;
    const s = this.doc.sentences[h.sent];
    let role: TextRole | null = null;
    if (s) {
      const text = this.doc.text;
      const lang = this.doc.language;
      const from = Math.max(s.start, h.start - ROLE_WINDOW, this.previousName(h)?.end ?? s.start);
      const to = Math.min(s.end, h.end + ROLE_WINDOW);
      // Lower case maps each character on its own (Greek final sigma aside, in no title), so a window of
      // the lowered article is the lowered window.
      const lower = this.lower;
      // The title before the name first; the text after it is searched only when that gives no role (most names have
      // their title before them). A list's shared title is one before the name too.
      const before: TitleHit[] = findTitles(lower.slice(from, h.start), from, lang);
      // A title after the name is looked for only where the text after it opens an apposition (`opensAfterGap`).
      role =
        roleBefore(text, before, h.start, h.end) ??
        (opensAfterGap(text, h.end) ? roleAfter(text, findTitles(lower.slice(h.end, to), h.end, lang), h.end, s.end) : null) ??
        this.listed(h, before);
    }
    this.roles.set(h.start, role);
    return role;
  }

  /**
   * The role a plural title before a list of names gives this one: written right before it («президенты Владимир
   * Путин …»), or shared with the name before it in the list («… и Алмазбек Атамбаев»). `hits`: the titles of the
   * name's window before it, when already found.
   */
  private listed(h: NameHit, hits?: TitleHit[]): TextRole | null {
    const cached = this.listRoles.get(h.start);
    if (cached !== undefined) return cached;
    const s = this.doc.sentences[h.sent];
    let role: TextRole | null = null;
    if (s) {
      const prev = this.previousName(h);
      const from = Math.max(s.start, h.start - ROLE_WINDOW, prev?.end ?? s.start);
      role = listedRole(this.doc.text, this.lower, hits ?? findTitles(this.lower.slice(from, h.start), from, this.doc.language), h.start);
      if (!role && prev && LIST_JOIN.test(this.doc.text.slice(prev.end, h.start))) role = this.listed(prev);
    }
    this.listRoles.set(h.start, role);
    return role;
  }

  /** True when a verb or noun of an official act is within a few words in the same sentence. */
  action(h: NameHit): boolean {
    // «Иван Петров: Думаю, визит состоится …»: after an interview's speaker label come the speaker's words, not an act.
    if (this.speakerLabel(h)) return false;
    const lang = this.doc.language;
    for (let k = Math.max(0, h.firstTok - ACTION_WINDOW); k <= h.lastTok + ACTION_WINDOW && k < this.toks.length; k++) {
      if (k >= h.firstTok && k <= h.lastTok) continue;
      const t = this.toks[k]!;
      if (t.sent === h.sent && isAction(t.key, lang)) return true;
      // «Уважаемый Дмитрий Анатольевич!»: the one a statement is addressed to takes part in it.
      if (k === h.firstTok - 1 && t.sent === h.sent && isAddress(t.key, lang)) return true;
    }
    return false;
  }

  /** True when the name alone opens its line before a colon: an interview's speaker label ("Ivan Petrov: I think …"). */
  speakerLabel(h: NameHit): boolean {
    const text = this.doc.text;
    if (text.charCodeAt(h.end) !== 58) return false;
    for (let i = h.start - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 10) return true;
      if (c !== 32 && c !== 9) return false;
    }
    return true;
  }

  /**
   * True for a credit line («Фото: …», "By …") or a name right after a non-official title («корреспондент», «улица»).
   * `ownsTitle`: whether a word is among the titles of the official the name stands for (asked only of a
   * non-official title right before the name, which is rare).
   */
  excluded(h: NameHit, ownsTitle: (word: string) => boolean = noTitle): boolean {
    const text = this.doc.text;
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    const credit = bylineLength(text.slice(lineStart, h.start));
    if (credit >= 0 && !this.titledAfterLabel(lineStart + credit, h.start)) return true;
    // «МОСКВА. 3 февраля. КАЗИНФОРМ /Иван Петров/ -»: a name between slashes is a correspondent's credit.
    if (SLASH_BEFORE.test(text.slice(Math.max(lineStart, h.start - 3), h.start)) && SLASH_AFTER.test(text.slice(h.end, h.end + 3))) return true;
    const lang = this.doc.language;
    // The tokens, the name's fields and the language read once: in baseline code each read is an inline-cache call (c55).
    const toks = this.toks;
    const { start, firstTok, sent } = h;
    const ru = lang === 'ru';
    let from = start;
    for (let k = firstTok - 1; k >= 0 && k >= firstTok - NON_OFFICIAL_WINDOW; k--) {
      const t = toks[k]!;
      const key = t.key;
      if (t.sent !== sent || isAction(key, lang) || (ru && !t.cap && RU_PLURAL_VERB.test(t.text))) break;
      // «после событий на площади Ала-Тоо, премьер-министр Иван Петров …»: a comma after the noun's phrase ends it
      // when an official title of the name's own follows (not "according to its rector, Vladimir …").
      if (CLAUSE_MARK.test(text.slice(t.end, toks[k + 1]!.start)) && findTitles(this.lower.slice(t.end, start), t.end, lang).length > 0) break;
      // "… nine new schools, and President X": a comma and a conjunction open a clause of the name's own; the words
      // before them are no title of it.
      if (CLAUSE_CONJUNCTION.has(key) && k > 0 && CLAUSE_MARK.test(text.slice(toks[k - 1]!.end, t.start))) break;
      from = t.start;
      // «сообщил журналистам министр Иван Петров»: a plural dative is the speech's addressee, not the name's title.
      if (ru && RU_PLURAL_DATIVE.test(key)) continue;
      // Not `toks[k - 1]` at k = 0: −1 is no array index but a property name, and V8 makes such a read site megamorphic (p57).
      const keyBefore = k > 0 ? toks[k - 1]!.key : undefined;
      if (isNonOfficial(key, lang, keyBefore)) {
        // «глава Российского фонда прямых инвестиций Кирилл Дмитриев»: a fund with words of its own name before the name
        // is the body the name heads, not its namesake (`isNamesakeOnly`); so is one right before a name in the
        // nominative («председатель правления фонда Алмаз Исаев»: a namesake stands in the genitive, «фонда Ивана Петрова»).
        if (isNamesakeOnly(key, lang) && (k < firstTok - 1 || toks[firstTok]!.text === h.unknown?.givenRu)) continue;
        // "EDB Chief Economist Evgeny Vinokurov": a post of an institution, for a person of the knowledge base.
        if (h.official !== null && isOfficerHead(keyBefore)) continue;
        // "KRSU Rector Vladimir Nifadyev": a person of the knowledge base titled, right before the name, by a post of
        // their own there (not "according to its rector, Vladimir …", which only cites the post).
        if (k === firstTok - 1 && SPACE_ONLY.test(text.slice(t.end, start)) && ownsTitle(key)) continue;
        return true;
      }
    }
    // p60: the rarer tests below are methods of their own, so that this one is small enough for V8 to optimise early and cheaply.
    if (this.namedAfterOrNonOfficialBody(h, text, lang, from)) return true;
    // «Иван Петров, политолог, …», «…, известный экономист», "X, an analyst at …", "X, a senior security analyst"
    return this.nonOfficialApposition(h, text, lang);
  }

  /**
   * True when the name `h` is one a thing is named after («улица имени …»), or the head of a body not of a state told
   * from `from` on before it or in an apposition after it.
   */
  private namedAfterOrNonOfficialBody(h: NameHit, text: string, lang: ArticleDoc['language'], from: number): boolean {
    if (lang === 'ru') {
      const before = text.slice(Math.max(this.doc.sentences[h.sent]?.start ?? 0, h.start - NAMED_AFTER_REACH), h.start);
      if (before.includes('им') && NAMED_AFTER_RU.test(before)) return true;
    }
    // «председателя делового совета Ивана Петрова»: the head of a body not of a state.
    // Asked of names outside the knowledge base only: an official of it named beside such a body is still one.
    const unknown = h.official === null && !h.choices;
    if (unknown && from < h.start && namesNonOfficialOrg(text.slice(from, h.start))) return true;
    // "Ivan Petrov, head of the Slavic Foundation in Bishkek": the same in an apposition.
    const apposition = unknown ? HEAD_OF_APPOSITION.exec(text.slice(h.end, h.end + APPOSITION_REACH)) : null;
    return apposition !== null && namesNonOfficialOrg(apposition[0]);
  }

  /**
   * «КОРРЕСПОНДЕНТ: Министр Иван Петров подтвердил …»: a transcript's speaker label right before an official's own
   * title tells the reporter's words about the official, not a credit line (a credit «Фото: пресс-служба … / Иван
   * Петров» has no title where the label ends).
   */
  private titledAfterLabel(from: number, to: number): boolean {
    const text = this.doc.text;
    if (text.slice(from, to).includes('/')) return false;
    const titles = findTitles(this.lower.slice(from, to), from, this.doc.language);
    return titles.length > 0 && titles[0]!.start === from;
  }

  /** True when the name `h` is followed by an apposition naming a non-official post («Иван Петров, политолог, …»). */
  private nonOfficialApposition(h: NameHit, text: string, lang: ArticleDoc['language']): boolean {
    const after = this.toks[h.lastTok + 1];
    // "Talant Osmonov, 34, a foreman": an age may stand between the name and its apposition.
    if (!after || after.sent !== h.sent || !APPOSITION_OPEN.test(text.slice(h.end, after.start))) return false;
    if (lang === 'ru' && !GENITIVE_LOOK.test(after.key) && this.opensWithSource(h, SOURCE_OPENING_RU)) return false;
    for (let k = h.lastTok + 1; k <= h.lastTok + 1 + APPOSITION_WORDS && k < this.toks.length; k++) {
      const t = this.toks[k]!;
      if (k > h.lastTok + 1 && !/^\s+$/.test(text.slice(this.toks[k - 1]!.end, t.start))) break;
      // "X, told reporters": a verb of an act after the comma opens a clause, not an apposition; so does a past verb
      // after a relative word («Иван Петров, который прочитал лекцию студентам»: the students are not his title).
      if (isAction(t.key, lang) || (lang === 'ru' && (k === h.lastTok + 1 || RU_RELATIVE.test(this.toks[h.lastTok + 1]!.key)) && RU_SINGULAR_VERB.test(t.key))) break;
      // «Как рассказал министр Иван Петров, новые школы откроют …»: a plural adjective opens the sentence's own
      // subject; an apposition of one person is singular.
      if (lang === 'ru' && RU_PLURAL_ADJECTIVE.test(t.key)) break;
      if (isNonOfficial(t.key, lang, this.toks[k - 1]?.key) || isNonOfficialApposition(t.key, lang)) return !(lang === 'en' && pluralOnly(t.key) && this.opensWithSource(h));
      // "X, a Bishkek public health researcher": a capitalised place may qualify the title too.
      if (!APPOSITION_FILLER.test(t.key)) break;
    }
    return false;
  }

  /** True when the name's sentence opens with its source up to the name ("According to Minister X, …"). */
  private opensWithSource(h: NameHit, opening: RegExp = SOURCE_OPENING): boolean {
    const s = this.doc.sentences[h.sent];
    return s !== undefined && opening.test(this.doc.text.slice(s.start, h.start));
  }
}
