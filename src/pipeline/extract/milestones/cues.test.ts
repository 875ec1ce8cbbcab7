import { describe, expect, it } from 'vitest';
import raw from '../../knowledge/event-lexicon.json';
import { rx } from '../regex';
import phrasing from '../../knowledge/event-phrasing.json';
import { cueGated, cueRegex, cueSetsOfSource, cuesOf, cueStartsWord, cueTable, gatedPhrasing, holdsCommonCue, requiredLiterals, secondCues, type CueRow } from './cues';
import { prebuiltCuesJson } from './prebuild';
import { withCounts } from './count-words';

describe('requiredLiterals: literals one of which every match holds', () => {
  it.each([
    ['визит\\p{L}*', 'визита', ['визит']],
    ['прибыл(?:а|и)?', 'прибыли', ['прибыл']],
    ['parades?', 'parade', ['parade']],
    ['trip to', 'a trip to Bishkek', ['trip to']],
    ['Визит', 'Визит', ['визит']],
    ['(?:send|sent|deploy) (?:[\\p{L}-]+ ){0,2}(?:troops|forces)', 'sent more troops', ['troops', 'forces']],
    ['(?:hosted|welcomed) (?:a |the )?(?:[\\p{L}-]+ ){0,4}(?:delegation|head)s?', 'hosted the delegation', ['hosted', 'welcomed']],
    ['при[её]м\\p{L}* (?:[\\p{L}-]+ ){0,2}(?:делегаци\\p{L}*|посл(?:а|ов))', 'приём посла', ['делегаци', 'посл']],
    ['(?<name>встреч)\\p{L}*', 'встреча', ['встреч']],
    ['x{0,2}yz', 'yz', ['yz']],
    ['ab+cd', 'abbbcd', ['ab']],
    ['[её]лка', 'ёлка', ['лка']],
    ['\\d{1,3}\\s*-?\\s*лети\\p{L}*', '30-летие', ['лети']],
    ['визит|встреч\\p{L}*', 'встречи', ['визит', 'встреч']],
    ['(?:continue|resume) (?:the )?(?:discussion|dialogue)s?', 'resume the dialogue', ['discussion', 'dialogue']],
    // Not a literal inside a word most sentences hold (knowledge/common-words.json), though longer: the pair's names,
    // the topic's nouns, a word opening a longer common one ("bill" of "billion").
    ['ask(?:ed|s)? (?:Moscow|Russia|the Kremlin) for', 'asked Moscow for', ['ask']],
    ['программ\\p{L}* (?:[\\p{L}-]+ ){0,3}сотрудничеств\\p{L}*', 'программа сотрудничества', ['программ']],
    ['(?:bill|draft law),? (?:was|has been) (?:submitted|sent|tabled)', 'bill was sent', ['submitted', 'sent', 'tabled']],
    // At a word start "operation" is never inside "cooperation": the longer cue stays.
    ['(?:held|conducted) (?:an? |the )?operation', 'held an operation', ['operation']],
  ])('%s', (pattern, sample, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
    // The sample matches, and holds one of the cues.
    expect(rx(pattern, 'u').test(sample)).toBe(true);
    expect(expected.some((c) => sample.toLowerCase().includes(c))).toBe(true);
  });

  it.each([
    ['a(?:bc|)d'],
    ['(?=визит)\\p{L}+'],
    ['(?:визит)?\\p{L}+'],
    ['\\p{L}+ (?:a|b)'],
    ['.'],
  ])('%s has none', (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });
});

describe('cueSetsOfSource: the cues of every part a match passes through', () => {
  it.each([
    ['визит\\p{L}*', 'визита', [['визит']]],
    ['обсудил\\p{L}* (?:[\\p{L}-]+ ){0,8}с (?:министр|послом)', 'обсудили торговлю с министром', [['обсудил'], ['министр', 'послом']]],
    ['ask(?:ed|s)? (?:Moscow|Russia) for', 'asked Russia for', [['ask'], ['moscow', 'russia'], ['for']]],
    // A lookahead that must hold holds its words in the text, outside the match; a lookbehind likewise.
    ['reached(?= on (?:May|June))', 'deals reached on May 5', [['reached'], ['may', 'june']]],
    ['(?<=since )began', 'since began', [['since'], ['began']]],
    // A lookaround that must not hold, an optional part and a part too short say nothing.
    ['(?<!not )signed(?: off)? в (?:\\d+ )?году', 'signed в 2020 году', [['signed'], ['году']]],
    ['opened(?= (?:a|b))', 'opened a', [['opened']]],
  ])('%s', (pattern, sample, want) => {
    expect(cueSetsOfSource(pattern)).toEqual(want);
    // The sample matches, and holds a cue of each list.
    expect(rx(pattern, 'iu').test(sample)).toBe(true);
    for (const set of want) expect(set.some((c) => sample.toLowerCase().includes(c))).toBe(true);
  });

  it.each([['визит|встреч\\p{L}*'], ['\\p{L}+'], ['a|bc d']])('%s, an alternation or without literals, has none', (pattern) => {
    expect(cueSetsOfSource(pattern)).toEqual([]);
  });
});

describe('secondCues: the best list of cues after the first', () => {
  it.each([
    ['визит\\p{L}*', null],
    ['обсудил\\p{L}* (?:[\\p{L}-]+ ){0,8}с (?:министр|послом)', ['министр', 'послом']],
    // "russia" is in most sentences, and "for" in "foreign": both are common, and the longer wins.
    ['ask(?:ed|s)? (?:Moscow|Russia) for', ['moscow', 'russia']],
    ['\\p{L}+', null],
    ['визит|встреч\\p{L}*', null],
  ])('%s', (pattern, want) => {
    expect(secondCues(pattern)).toEqual(want);
  });
});

describe('holdsCommonCue: a cue inside a word most sentences hold, or a very short one', () => {
  it.each([
    [['russia'], true, true],
    [['moscow', 'russia'], true, true],
    [['ask'], true, false],
    [['визит'], true, false],
    [['сотрудничеств'], true, true],
    // "billion", «работает»: found wherever the longer word stands.
    [['bill'], true, true],
    [['работ'], true, true],
    // Inside "cooperation", but at a word start only where "operation" itself stands.
    [['operation'], true, false],
    [['operation'], false, true],
    // Two characters: the years' «20», a participle's «вш».
    [['19', '20'], true, true],
    [['вш'], false, true],
  ])('%j (at a word start: %s)', (cues, startsWord, expected) => {
    expect(holdsCommonCue(cues, startsWord)).toBe(expected);
  });
});

describe('cueStartsWord: whether the cue a match holds starts a word, for a match that starts one', () => {
  it.each([
    // At the pattern's start, or after a space of the pattern.
    ['визит\\p{L}*', 'визита', true],
    ['запрет\\p{L}* на (?:[\\p{L}-]+ )?(?:ввоз|вывоз)\\p{L}*', 'запрет на ввоз', true],
    ['(?:send|sent|deploy) (?:[\\p{L}-]+ ){0,2}(?:troops|forces)', 'sent more troops', true],
    ['(?:bans|banned) (?:[\\p{L}-]+ ){0,2}(?:imports?|exports?)', 'banned meat imports', true],
    ['Дн(?:и|ей) \\p{Lu}\\p{L}+', 'Дни Кыргызстана', true],
    // A look-around matches no character: the word start stays where it was.
    ['(?<!\\bas (?:[\\p{L}-]+ ){0,5})(?:took|takes|take) effect', 'took effect', true],
    ['(?:котор\\p{L}*|что)(?<=инспекци\\p{L}*,? (?:котор\\p{L}*|что)) (?:[\\p{L}-]+ ){0,3}(?:провел|провели)', 'инспекции, которую провели', true],
    // After `\\s`, once or more.
    ['ab\\s+визит', 'ab  визит', true],
    // After a digit or a class of no letter: no letter before the cue, though a digit may be («30летие»).
    ['\\d{1,3}\\s*-?\\s*лети\\p{L}*', '30летие', true],
    ['ribbon[- ]cutting', 'ribbon-cutting', true],
    ['\\d{1,2}[,\\s]+марта', '8, марта', true],
    ['\\d(?:st|th)?[- ]anniversary', '5th anniversary', true],
    // After a letter class, a negated class, a class holding letters or a range spanning them, a
    // hyphen left optional or a letter: maybe inside a word.
    ['[её]лка', 'ёлка', false],
    ['a[^,]лка', 'aёлка', false],
    ['a[-x]лка', 'axлка', false],
    ['a[!-~]лка', 'aXлка', false],
    ['inter-?state council', 'interstate council', false],
    ['(?:у)?виде(?:лся|лась)', 'увиделся', false],
    ['ab+cd', 'abbcd', true],
    ['x{0,2}yz', 'xyz', false],
    // A group left out keeps the word start before it only when it ends with a space itself.
    ['(?:re-?)?elected', 'reelected', false],
    ['(?:a )?member', 'a member', true],
  ])('%s', (pattern, sample, want) => {
    expect(cueStartsWord(pattern)).toBe(want);
    // The sample matches at a word start, and when the cue is said to start a word, it does in the match.
    const m = rx(`(?<![\\p{L}\\p{N}])(?:${pattern})`, 'u').exec(sample);
    expect(m).not.toBeNull();
    const lower = m![0].toLowerCase();
    const at = requiredLiterals(pattern)!.map((c) => lower.indexOf(c)).filter((i) => i >= 0);
    expect(at.length).toBeGreaterThan(0);
    if (want) expect(at.some((i) => i === 0 || !/\p{L}/u.test(lower[i - 1]!))).toBe(true);
  });
});

describe('cuesOf', () => {
  it('joins the cues of a list, or gives none when one pattern has none', () => {
    expect(cuesOf(['визит\\p{L}*', 'поездк\\p{L}*', 'визит'])).toEqual(['визит', 'поездк']);
    expect(cuesOf(['визит', '\\p{L}+'])).toBeNull();
  });

  it('finds cues for every trigger of the event lexicon', () => {
    const without = raw.triggers.flatMap((t) => (['ru', 'en'] as const).filter((l) => cuesOf(t[l]) === null).map((l) => `${t.key}/${l}`));
    expect(without).toEqual([]);
  });
});

describe('cueRegex: finds a cue wherever the patterns, under the same flags, can match', () => {
  const performative = phrasing.performative.ru;
  it.each([
    // The cue is found in any case, as the `i` flag finds the pattern.
    [[performative], 'iu', 'Сердечно ПОЗДРАВЛЯЮ Вас с 30-летием', true, true],
    [[performative], 'iu', 'Хочу поблагодарить Вас за то, что Вы приехали', true, true],
    // «Он сказал: поздравляем вас»: `^\W*` runs over Cyrillic words (all `\W`), and the cue is found there too.
    [[performative], 'iu', 'Он сказал: поздравляем вас', true, true],
    [[performative], 'iu', 'Президенты провели переговоры в Бишкеке', false, false],
    // A cue without the pattern's match: the pattern still decides.
    [[performative], 'iu', 'Поздравляем всех', true, false],
    [[phrasing.gatheringDetail.en[0]!], 'iu', 'The summit was attended by two ministers', true, true],
    [[phrasing.gatheringDetail.en[0]!], 'iu', 'The summit was held in Minsk', false, false],
    [['визит\\p{L}*', 'trip to'], 'iu', 'a TRIP TO Osh', true, true],
  ])('%j (%s) on %j: cue %s, pattern %s', (patterns, flags, text, cue, match) => {
    expect(cueRegex(patterns, flags)!.test(text)).toBe(cue);
    expect(patterns.some((p) => rx(p, flags).test(text))).toBe(match);
  });

  it('is null when a pattern has no cue', () => {
    expect(cueRegex(['визит', '\\p{L}+'], 'iu')).toBeNull();
  });
});

describe('cueGated: the regex\'s answer, asked only where a cue occurs', () => {
  const judged = phrasing.judgedEvent.ru;
  it.each([
    [judged, 'Визит станет проверкой того, насколько прочны связи', true],
    [judged, 'ВИЗИТ СТАНЕТ ПРОВЕРКОЙ того, насколько прочны связи', true],
    [judged, 'Визит начнется в понедельник', false],
    [phrasing.gatheringDetail.ru[0]!, 'В работе форума приняли участие более 200 предпринимателей', true],
    [phrasing.gatheringDetail.ru[0]!, 'Форум открылся в четверг', false],
    // No cue (`\p{L}+`): the regex alone answers.
    ['\\p{L}+', 'визит', true],
  ])('%s on %j: %s', (pattern, text, want) => {
    const re = rx(pattern, 'iu');
    expect(cueGated(re, pattern, 'iu')(text)).toBe(want);
    // Without the pattern's flags, the cues of the source `rx` compiled (written out with its case) gate it.
    expect(cueGated(re)(text)).toBe(want);
    expect(re.test(text)).toBe(want);
  });
});

/** The phrasing lists whose patterns run behind `cueGated` (gathering-detail.ts, judged-event.ts; talksVenue in gathering-detail.ts). */
const GATED_LISTS = new Set(['gatheringDetail', 'performative', 'judgedEvent', 'talksVenue']);

describe('phrasings anchored with ^\\W* run behind their cues', () => {
  // Such a pattern is tried at every position of a Russian text, whose letters are all `\W`:
  // left ungated it cost 2.4% of the whole bundle (the eighteenth performance round).
  const anchored = Object.entries(phrasing as Record<string, unknown>).flatMap(([key, value]) => {
    const lists = typeof value === 'object' && value !== null ? Object.values(value) : [];
    const patterns = lists.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((p): p is string => typeof p === 'string');
    return patterns.filter((p) => p.startsWith('^\\W*')).map((p) => [key, p] as const);
  });
  it('finds the anchored phrasings', () => {
    expect(anchored.length).toBeGreaterThan(0);
  });
  it.each(anchored)('%s: %s', (key, pattern) => {
    expect(GATED_LISTS.has(key)).toBe(true);
    expect(cuesOf([pattern])).not.toBeNull();
  });
});

describe('gatedPhrasing: a knowledge pattern as a case-insensitive test behind its cues', () => {
  it.each([
    [phrasing.judgedEvent.en, 'The visit underlined how much the two sides have in common', true],
    [phrasing.judgedEvent.en, 'The visit begins on Monday', false],
    [phrasing.gatheringDetail.ru[0]!, 'В РАБОТЕ ФОРУМА приняли участие послы', true],
  ])('%s on %j: %s', (pattern, text, want) => {
    expect(gatedPhrasing(pattern)(text)).toBe(want);
    expect(rx(pattern, 'iu').test(text)).toBe(want);
  });
});

describe('cueTable: each distinct pattern with its cues, as the launcher builds them in', () => {
  it.each([
    [['визит\\p{L}*', 'trip to', 'визит\\p{L}*'], [['визит\\p{L}*', ['визит'], true, null], ['trip to', ['trip to'], true, null]]],
    [['\\p{L}+'], [['\\p{L}+', null, false, null]]],
    [['[её]лка'], [['[её]лка', ['лка'], false, null]]],
    [['visit(?:ed|s)? (?:[\\p{L}-]+ ){0,2}moscow'], [['visit(?:ed|s)? (?:[\\p{L}-]+ ){0,2}moscow', ['moscow'], true, ['visit']]]],
    [[], []],
  ])('%j', (patterns, want) => {
    expect(cueTable(patterns, new Set(patterns))).toEqual(want);
    // Without their second cues, for patterns not asked them.
    expect(cueTable(patterns)).toEqual(want.map((row) => row.slice(0, 3)));
  });
});

describe('prebuiltCuesJson', () => {
  const paired = new Set([...raw.triggers.flatMap((t) => [...t.ru, ...t.en]), ...raw.exclude.ru, ...raw.exclude.en].flatMap((p) => [withCounts(p, 'ru'), withCounts(p, 'en')]));
  const table = new Map((JSON.parse(prebuiltCuesJson()) as CueRow[]).map((row) => [row[0], row]));
  it.each([
    ['triggers', raw.triggers.flatMap((t) => [...t.ru, ...t.en])],
    ['markers', Object.values(raw.markers).flatMap((l) => [...l.ru, ...l.en])],
    ['postponement verbs', [...raw.postponedTo.ru, ...raw.postponedTo.en]],
    ['exclusions', [...raw.exclude.ru, ...raw.exclude.en]],
    ['phrasings', [phrasing.judgedEvent.ru, phrasing.judgedEvent.en, ...phrasing.gatheringDetail.ru, ...phrasing.gatheringDetail.en]],
  ])('holds the %s with the cues read from their sources', (_, patterns) => {
    expect(patterns.length).toBeGreaterThan(0);
    // A pattern with `{count}` is compiled, and prebuilt, once per language with its count words.
    const compiled = patterns.flatMap((p) => (p.includes('{count}') ? [withCounts(p, 'ru'), withCounts(p, 'en')] : [p]));
    // The triggers' and exclusions' patterns with their second cues too.
    for (const p of compiled) expect(table.get(p)).toEqual([p, requiredLiterals(p), cueStartsWord(p), ...(paired.has(p) ? [secondCues(p)] : [])]);
  });
});
