/**
 * From name hits to people: unknown names kept only in an official context, their surname-only
 * mentions collected, bare surnames shared by namesakes resolved, one draft per person.
 */
import type { ArticleDoc, PersonDraft, Span } from '../../types';
import type { NameContext } from './context';
import { surnameForms } from './forms';
import type { NameHit, UnknownName } from './hit';
import { latinKey, type OfficialInput, type PeopleLexicon } from './lexicon';
import { mergeMisspelt } from './misspelt';
import { articleYears, genderCue, inOfficeNear } from './plausible';
import type { TextRole } from './roles';
import { isUpper, type Token, wordKey } from './tokens';
import { toLatin } from './translit';
import { rx } from '../regex';
import { mapPacked } from '../packed';

/** Kebab-case id from an English name. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    // "Güçlü": the letter without its accent («gu̇» → "gu"), not a break in the word; the dotless «ı» is "i".
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const unknownKey = (u: UnknownName) => wordKey(`${u.givenRu} ${u.surnameRu}`);

interface Group {
  hits: NameHit[];
  official: number | null;
  unknown: UnknownName | null;
}

/** Unknown names that appear at least once as an official (role or act nearby, not a credit or a journalist). */
function acceptedUnknowns(hits: NameHit[], ctx: NameContext, rejected: Group[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (!h.unknown) continue;
    const k = unknownKey(h.unknown);
    const g = groups.get(k) ?? { hits: [], official: null, unknown: h.unknown };
    g.hits.push(h);
    groups.set(k, g);
  }
  for (const [k, g] of groups) {
    const good = g.hits.filter((h) => !ctx.excluded(h));
    const official = good.some((h) => ctx.role(h) !== null || (!h.unknown!.titledOnly && ctx.action(h)));
    if (!official) {
      groups.delete(k);
      rejected.push(g);
    } else g.hits = good;
  }
  return groups;
}

/**
 * Surname-only mentions of accepted unknown people («Михайлов» after «Алексей Михайлов»). A bare
 * surname shared with a known official goes to the unknown namesake when the official is never
 * named in full here («Иван Иванов … Иванов сказал»).
 */
function unknownSurnames(doc: ArticleDoc, toks: Token[], hits: NameHit[], groups: Map<string, Group>): void {
  const forms = new Map<string, Group>();
  for (const g of groups.values()) {
    const u = g.unknown!;
    if (doc.language === 'en') forms.set(latinKey(u.surnameEn ?? ''), g);
    else if (!u.surnameRu.includes(' ')) for (const f of surnameForms(u.surnameRu, u.gender).keys()) forms.set(f, g);
  }
  if (!forms.size) return;
  const fullKnown = new Set(hits.filter((h) => h.full && h.official !== null).map((h) => h.official));
  const taken: boolean[] = [];
  for (const h of hits) {
    for (let k = h.firstTok; k <= h.lastTok; k++) taken[k] = true;
    const key = h.firstTok === h.lastTok ? toks[h.firstTok]!.key : null;
    const g = key && !h.full && !h.unknown ? forms.get(doc.language === 'en' ? latinKey(toks[h.firstTok]!.text) : key) : undefined;
    const choices = h.choices ?? (h.official !== null ? [h.official] : []);
    if (g && !choices.some((o) => fullKnown.has(o))) {
      h.unknown = g.unknown;
      h.official = null;
      h.choices = null;
      g.hits.push(h);
    }
  }
  toks.forEach((t, i) => {
    if (taken[i] || !t.cap) return;
    const g = forms.get(doc.language === 'en' ? latinKey(t.text) : t.key);
    if (g) g.hits.push({ start: t.start, end: t.end, sent: t.sent, firstTok: i, lastTok: i, full: false, official: null, choices: null, unknown: g.unknown });
  });
}

/**
 * «Бригадир Бакыт Осмонов … бригада Осмонова»: a bare surname of a namesake named in full here, who is no official,
 * is that namesake, not a known official of the surname — unless the official is named in full or titled there too.
 */
function namesakesNoOfficial(doc: ArticleDoc, toks: Token[], hits: NameHit[], rejected: Group[], ctx: NameContext): void {
  const forms = new Set<string>();
  for (const g of rejected) {
    const u = g.unknown!;
    if (g.hits.every((h) => !h.full)) continue;
    if (doc.language === 'en') forms.add(latinKey(u.surnameEn ?? ''));
    else if (!u.surnameRu.includes(' ')) for (const f of surnameForms(u.surnameRu, u.gender).keys()) forms.add(f);
  }
  forms.delete('');
  if (!forms.size) return;
  const fullKnown = new Set(hits.filter((h) => h.full && h.official !== null).map((h) => h.official));
  for (const h of hits) {
    if (h.full || h.unknown || h.firstTok !== h.lastTok) continue;
    const t = toks[h.firstTok]!;
    if (!forms.has(doc.language === 'en' ? latinKey(t.text) : t.key)) continue;
    const choices = h.choices ?? (h.official !== null ? [h.official] : []);
    if (choices.some((o) => fullKnown.has(o)) || ctx.role(h) !== null) continue;
    h.official = null;
    h.choices = null;
  }
}

/** True when one of the official's terms (of role kind `kind`, if given) overlaps one of the periods `[from, to]` (ISO, partial). */
function heldOffice(o: OfficialInput, periods: readonly (readonly [string, string])[], kind?: string): boolean {
  const roles = o.roles ?? [];
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!;
    if (kind && r.role !== kind) continue;
    for (let k = 0; k < periods.length; k++) {
      const p = periods[k]!;
      if ((!r.from || r.from <= p[1]) && (!r.to || p[0] <= r.to)) return true;
    }
  }
  return false;
}

/**
 * Picks the official a bare surname means: the namesake named in full nearest before it, else by role, else one in
 * office on the article's date (or, undated, in a year it tells), the head of state when several are, else the first;
 * in an article that tells no year, the one who was ever head of state.
 */
function resolveChoice(h: NameHit, full: NameHit[], lex: PeopleLexicon, ctx: NameContext, date: string | null, years: () => readonly number[]): number {
  const choices = h.choices!;
  const named = full.filter((f) => f.official !== null && choices.includes(f.official));
  if (named.length) {
    const before = named.filter((f) => f.start < h.start);
    return (before.length ? before[before.length - 1]! : named[0]!).official!;
  }
  const role = ctx.role(h);
  if (role) {
    const byRole = choices.find((o) => lex.officials[o]!.roles?.some((r) => r.role === role.role));
    if (byRole !== undefined) return byRole;
  }
  const periods: (readonly [string, string])[] = date ? [[date, date]] : years().map((y) => [`${y}`, `${y}-12-31`] as const);
  if (periods.length) {
    const inOffice = choices.filter((o) => heldOffice(lex.officials[o]!, periods));
    // Namesakes in office at once (Armenia's president and its prime minister): a surname alone means the head of state.
    const head = inOffice.length > 1 ? inOffice.find((o) => heldOffice(lex.officials[o]!, periods, 'president')) : undefined;
    if (head !== undefined) return head;
    if (inOffice.length) return inOffice[0]!;
    return choices[0]!;
  }
  // An article with no year at all: the namesake who was ever head of state, whom a surname alone names most.
  return choices.find((o) => lex.officials[o]!.roles?.some((r) => r.role === 'president')) ?? choices[0]!;
}

function span(doc: ArticleDoc, h: NameHit): Span {
  return { start: h.start, end: h.end, text: doc.text.slice(h.start, h.end) };
}

function rolesOf(g: Group, ctx: NameContext): PersonDraft['textRoles'] {
  const out: TextRole[] = [];
  for (let i = 0; i < g.hits.length; i++) {
    const r = ctx.role(g.hits[i]!);
    if (r && !out.some((x) => x.role === r.role && x.country === r.country && x.titleRu === r.titleRu)) out.push(r);
  }
  return out;
}

/** The officials a bare surname can mean by gender: never one the words next to it give the other gender («Лаврова сообщила»). */
function genderFits(doc: ArticleDoc, toks: Token[], h: NameHit, lex: PeopleLexicon): number[] {
  const cue = genderCue(doc.text, toks, h, doc.language);
  return (h.choices ?? (h.official !== null ? [h.official] : [])).filter((o) => !cue || lex.officialGender[o] === cue);
}

function titledHere(h: NameHit, choices: number[], lex: PeopleLexicon, ctx: NameContext): number[] {
  const role = ctx.role(h);
  return role ? choices.filter((o) => lex.officials[o]!.roles?.some((r) => r.role === role.role)) : [];
}

/** The two countries whose relations the articles tell (and the union before them): their officials are named by surname alone in any year. */
const HOME_COUNTRIES: ReadonlySet<string> = new Set(['KG', 'RU', 'SU']);

/** True when the official is of the two countries or ever headed a state or a government. */
function homeOrLeader(o: OfficialInput): boolean {
  if (o.country !== null && HOME_COUNTRIES.has(o.country)) return true;
  return o.roles?.some((r) => r.role === 'president' || r.role === 'head_of_government') ?? false;
}

/**
 * The officials a bare surname can still mean here: one named in full or titled with one of their
 * offices in the article, always; otherwise only one in office near the article's years. An article
 * that tells no year cannot date a term: there a surname alone, with no title next to it (`ctx.role`), is a
 * third country's minister only if vouched for (a common noun capitalised at a sentence's start may be
 * spelt as a far country's minister is).
 */
function plausibleChoices(choices: number[], lex: PeopleLexicon, vouched: Set<number>, years: () => readonly number[], h: NameHit, ctx: NameContext): number[] {
  if (choices.some((o) => vouched.has(o))) return choices.filter((o) => vouched.has(o));
  const ys = years();
  // The hit and the context are passed, not a closure over them: a closure made per surname allocates a context each turn.
  if (!ys.length) return ctx.role(h) !== null ? choices : choices.filter((o) => homeOrLeader(lex.officials[o]!));
  return choices.filter((o) => inOfficeNear(lex.officials[o]!, ys));
}

/** A patronymic in any case, as the whole "surname" of an unknown name («Имранович», «Усенбековичем»). */
const PATRONYMIC_AS_SURNAME = rx(/^\p{Lu}\p{Ll}+(?:ович|евич|ёвич|овна|евна|ична)(?:а|у|ем|ом|е|ой|ы)?$/u);
const givenKey = (name: string) => wordKey(name.split(' ')[0]!);

/** True when the official was a head of state near one of the years. */
function headOfStateNear(o: OfficialInput, years: readonly number[]): boolean {
  const roles = o.roles?.filter((r) => r.role === 'president') ?? [];
  return roles.length > 0 && inOfficeNear({ ...o, roles }, years);
}

/**
 * «Руслан Имранович», «Сергей Михайлович»: a given name and a patronymic is the polite address of someone named in
 * full in the same article with that given name, not another person. Its mentions join that person; else, an
 * official of the lexicon with that given name and patronymic in office near the article's years («Борис
 * Николаевич и Аскар Акаевич условились …» with no full name written). A name and patronymic with no such person
 * stays as it is (it may be a surname: «Роман Абрамович»), unless the patronymic is built on a given name
 * («Андрей Владимирович»): that is only ever a polite address.
 */
function politeAddresses(unknowns: Map<string, Group>, known: Map<number, Group>, lex: PeopleLexicon, years: () => readonly number[], rejected: Group[]): void {
  for (const [k, g] of unknowns) {
    const u = g.unknown!;
    if (!PATRONYMIC_AS_SURNAME.test(u.surnameRu)) {
      if (u.politeOnly) unknowns.delete(k);
      continue;
    }
    const given = givenKey(u.givenRu);
    let owner =
      [...known.values()].find((o) => givenKey(lex.officials[o.official!]!.nameRu) === given) ??
      [...unknowns.values()].find((o) => o !== g && !PATRONYMIC_AS_SURNAME.test(o.unknown!.surnameRu) && givenKey(o.unknown!.givenRu) === given);
    // «Нурлан Асанович, …» to the business council's chairman «Нурлан Токтосунов», named in full and no official.
    if (!owner && rejected.some((o) => o.hits.some((h) => h.full) && !PATRONYMIC_AS_SURNAME.test(o.unknown!.surnameRu) && givenKey(o.unknown!.givenRu) === given)) {
      unknowns.delete(k);
      continue;
    }
    if (!owner && years().length) {
      const patronymic = wordKey(u.surnameRu);
      const fits = lex.officials.flatMap((o, i) => {
        const p = o.patronymicRu && wordKey(o.patronymicRu);
        return p && patronymic.startsWith(p) && patronymic.length - p.length <= 2 && givenKey(o.nameRu) === given && inOfficeNear(o, years()) ? [i] : [];
      });
      // Several namesakes in office then: the head of state is the one a name and patronymic alone means.
      const heads = fits.length > 1 ? fits.filter((i) => headOfStateNear(lex.officials[i]!, years())) : fits;
      if (heads.length === 1) {
        owner = known.get(heads[0]!) ?? { hits: [], official: heads[0]!, unknown: null };
        known.set(heads[0]!, owner);
      }
    }
    if (!owner) {
      // A given name with a patronymic of another given name is no surname: with nobody to address, it is dropped.
      if (u.politeOnly) unknowns.delete(k);
      continue;
    }
    owner.hits.push(...g.hits);
    unknowns.delete(k);
  }
}

/**
 * The keys of `keys` that are also a word written in lower case somewhere in the text: one pass over
 * the tokens for every surname asked about (a pass per person cost a tenth of the extractor).
 */
function writtenLowerCase(toks: readonly Token[], keys: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  if (!keys.size) return found;
  // Compared with each key (two on average) rather than looked up: a Set lookup hashes every token's
  // fresh key string, ≈12 ms per 1,000 articles for this loop alone.
  const list = [...keys];
  for (let i = 0; i < toks.length && found.size < list.length; i++) {
    const t = toks[i]!;
    if (t.cap) continue;
    // A word in capitals ("TASHIEV:" opening an interview's answer) is no word written in lower case.
    for (let k = 0; k < list.length; k++) if (t.key === list[k] && !isUpper(t.text.charCodeAt(0))) found.add(list[k]!);
  }
  return found;
}

/**
 * Narrows what each bare surname can mean: by gender, then to the officials vouched for here (named in
 * full, or titled with one of their offices anywhere in the article) or in office near its years.
 */
function narrowBareSurnames(doc: ArticleDoc, toks: Token[], hits: NameHit[], lex: PeopleLexicon, ctx: NameContext, years: () => readonly number[]): void {
  const fullKnown = new Set<number>();
  const bare: { h: NameHit; choices: number[] }[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.unknown) continue;
    if (!h.full) bare.push({ h, choices: genderFits(doc, toks, h, lex) });
    else if (h.choices) for (let k = 0; k < h.choices.length; k++) fullKnown.add(h.choices[k]!);
    else if (h.official !== null) fullKnown.add(h.official);
  }
  // An official named in full, or titled with one of their offices anywhere here, is vouched for in every mention.
  const vouched = new Set(fullKnown);
  for (let i = 0; i < bare.length; i++) {
    const b = bare[i]!;
    if (!b.choices.some((o) => fullKnown.has(o))) for (const o of titledHere(b.h, b.choices, lex, ctx)) vouched.add(o);
  }
  for (let i = 0; i < bare.length; i++) {
    const { h, choices } = bare[i]!;
    const keep = plausibleChoices(choices, lex, vouched, years, h, ctx);
    h.official = keep.length === 1 ? keep[0]! : null;
    h.choices = keep.length ? keep : null;
  }
}

/** The known officials' groups of hits, each bare surname resolved to one official. */
function knownGroups(doc: ArticleDoc, hits: NameHit[], lex: PeopleLexicon, ctx: NameContext, years: () => readonly number[]): Map<number, Group> {
  const full = hits.filter((h) => h.full && h.official !== null);
  const date = doc.header.date?.slice(0, 10) ?? null;
  const known = new Map<number, Group>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.unknown || (h.official === null && !h.choices)) continue;
    const o = h.official ?? resolveChoice(h, full, lex, ctx, date, years);
    const g = known.get(o) ?? { hits: [], official: o, unknown: null };
    g.hits.push(h);
    known.set(o, g);
  }
  return known;
}

/** Drops a group named only by a surname that is also a common word in this text («Русских»), and excluded hits. */
function dropCommonWordSurnames(toks: Token[], known: Map<number, Group>, ctx: NameContext, lex: PeopleLexicon): void {
  const bareOnly = [...known.values()].filter((g) => !g.hits.some((h) => h.full));
  const asked = new Set<string>();
  for (const g of bareOnly) for (const h of g.hits) asked.add(toks[h.firstTok]!.key);
  const common = writtenLowerCase(toks, asked);
  for (const [o, g] of known) {
    if (bareOnly.includes(g) && g.hits.every((h) => common.has(toks[h.firstTok]!.key))) known.delete(o);
    else {
      // The official's titles are written out only if a non-official title stands right before a mention.
      let titles: string | null = null;
      const ownsTitle = (word: string) => (titles ??= ownTitles(lex.officials[o]!)).includes(word);
      g.hits = g.hits.filter((h) => !ctx.excluded(h, ownsTitle));
    }
    if (!g.hits.length) known.delete(o);
  }
}

/** The official's titles in the knowledge base, lower-cased in one string: a post they are named by is no outsider's title. */
function ownTitles(o: OfficialInput): string {
  let out = '';
  for (const r of o.roles ?? []) out += ` ${r.titleEn ?? ''} ${r.titleRu ?? ''}`;
  return out.toLowerCase();
}

/** A group's mentions in text order (a plain list: one array shape for the code that sorts it). */
function mentionsOf(doc: ArticleDoc, hits: NameHit[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < hits.length; i++) out.push(span(doc, hits[i]!));
  return out.sort((a, b) => a.start - b.start);
}

interface Drafted {
  first: number;
  draft: PersonDraft;
}

function knownDraft(doc: ArticleDoc, g: Group, lex: PeopleLexicon, ctx: NameContext): Drafted {
  const o = lex.officials[g.official!]!;
  const mentions = mentionsOf(doc, g.hits);
  return {
    first: mentions[0]!.start,
    draft: { id: o.id, nameRu: o.nameRu, nameEn: o.nameEn, country: o.country, textRoles: rolesOf(g, ctx), mentions, known: true },
  };
}

function unknownDraft(doc: ArticleDoc, g: Group, ctx: NameContext): Drafted {
  const u = g.unknown!;
  const nameRu = `${u.givenRu} ${u.surnameRu}`;
  const nameEn = u.surnameEn ? `${u.givenEn ?? toLatin(u.givenRu)} ${u.surnameEn}` : `${u.givenEn ?? toLatin(u.givenRu)} ${toLatin(u.surnameRu)}`;
  const textRoles = rolesOf(g, ctx);
  const mentions = mentionsOf(doc, g.hits);
  return {
    first: mentions[0]!.start,
    draft: { id: slug(nameEn), nameRu, nameEn, country: textRoles.find((r) => r.country)?.country ?? null, textRoles, mentions, known: false },
  };
}

/**
 * Groups hits into people and writes one draft per person, in order of first mention. In steps of
 * their own: as one function it was TurboFan's costliest (≈0.3–0.9 s a compile), compiled five times
 * over 10,000 articles as new array shapes threw its code away.
 */
export function assemble(doc: ArticleDoc, toks: Token[], hits: NameHit[], lex: PeopleLexicon, ctx: NameContext): PersonDraft[] {
  const rejected: Group[] = [];
  const unknowns = acceptedUnknowns(hits, ctx, rejected);
  unknownSurnames(doc, toks, hits, unknowns);
  // «Мелис Мырзкматов» beside «Мелис Мырзакматов … Мырзакматов»: a surname misspelt once is the name written right.
  mergeMisspelt(unknowns);
  if (rejected.length) namesakesNoOfficial(doc, toks, hits, rejected, ctx);
  // The years are read (a scan of the whole text) only for a surname no full name or title vouches for.
  let yearList: number[] | null = null;
  const years = () => (yearList ??= articleYears(doc));
  narrowBareSurnames(doc, toks, hits, lex, ctx, years);
  const known = knownGroups(doc, hits, lex, ctx, years);
  dropCommonWordSurnames(toks, known, ctx, lex);
  politeAddresses(unknowns, known, lex, years, rejected);

  const drafts: Drafted[] = [];
  for (const g of known.values()) drafts.push(knownDraft(doc, g, lex, ctx));
  for (const g of unknowns.values()) drafts.push(unknownDraft(doc, g, ctx));
  // Packed (`mapPacked`): the article's people are read by every milestone and figure rule.
  return mapPacked(drafts.sort((a, b) => a.first - b.first), (d) => d.draft);
}
