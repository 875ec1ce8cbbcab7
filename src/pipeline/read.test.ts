import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, detectLanguage, isSpaceCode, normalise, splitHeader, splitSentences, toDoc } from './read';

describe('splitHeader', () => {
  it.each([
    ['key-value lines', 'source: http://x.ru/a\ndate: 2019-03-27\n\nТекст.', { source: 'http://x.ru/a', date: '2019-03-27' }, 'Текст.'],
    ['front matter', '---\ntitle: "Заголовок"\ndate: 2020-01-02\n---\nТело.', { title: 'Заголовок', date: '2020-01-02' }, 'Тело.'],
    ['inline date', ' date 2024-05-06 МОСКВА, 6 мая – ТАСС. Текст.', { date: '2024-05-06' }, 'МОСКВА, 6 мая – ТАСС. Текст.'],
    ['no header', 'Just a body: with a colon.', {}, 'Just a body: with a colon.'],
    ['unknown key is body', 'Akylbek Japarov: hello\n\nmore', {}, 'Akylbek Japarov: hello\n\nmore'],
    ['header only, no line end', 'date: 2019-03-27', { date: '2019-03-27' }, ''],
    ['header only, line end', 'date: 2019-03-27\n', { date: '2019-03-27' }, ''],
    ['header then body without a blank line', 'title: A\nТекст: да', { title: 'A' }, 'Текст: да'],
  ])('%s', (_name, input, header, body) => {
    const r = splitHeader(input);
    expect(r.header).toEqual(header);
    expect(input.slice(r.bodyStart)).toBe(body);
  });

  it('warns on unclosed front matter and keeps the text', () => {
    const r = splitHeader('---\ntitle: x\nБез конца');
    expect(r.warnings[0]).toMatch(/never closed/);
    expect(r.bodyStart).toBe(0);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Первое предложение. Второе!', ['Первое предложение.', 'Второе!']],
    ['Встреча прошла в г. Бишкеке. Итоги.', ['Встреча прошла в г. Бишкеке.', 'Итоги.']],
    ['Mr. Putin arrived. He spoke.', ['Mr. Putin arrived.', 'He spoke.']],
    ['«Цитата. Ещё», - сказал он.\nНовый абзац', ['«Цитата.', 'Ещё», - сказал он.', 'Новый абзац']],
    // An amount abbreviation ends the sentence before a capital, not before a lower-case word.
    ['Рост на 2,5 млрд. Далее', ['Рост на 2,5 млрд.', 'Далее']],
    ['Составил $676,4 млн. По итогам года — больше.', ['Составил $676,4 млн.', 'По итогам года — больше.']],
    ['Около 3 млн. рублей выделено.', ['Около 3 млн. рублей выделено.']],
    // Initials and initialisms stay inside the sentence; a full stop after a word still ends it.
    ['Встречу провёл А.Б. Петров. Потом обед.', ['Встречу провёл А.Б. Петров.', 'Потом обед.']],
    ['Письмо подписал И. Сидоров. Ответа нет.', ['Письмо подписал И. Сидоров.', 'Ответа нет.']],
    ['The U.S. Embassy said so. Then it left.', ['The U.S. Embassy said so.', 'Then it left.']],
    ['Дом им. Ленина открыт, т.е. Работает. Да.', ['Дом им. Ленина открыт, т.е. Работает.', 'Да.']],
    // A month abbreviation before a day number is not an end; before a capital it is.
    ['Talks resume on Sept. 14 in Moscow. Fine.', ['Talks resume on Sept. 14 in Moscow.', 'Fine.']],
    ['Срок — до 5 окт. 2025 года. Далее.', ['Срок — до 5 окт. 2025 года.', 'Далее.']],
    ['It was cold in Dec. Then it warmed.', ['It was cold in Dec.', 'Then it warmed.']],
    ['Я жду. 2 ноября приеду.', ['Я жду.', '2 ноября приеду.']],
    ['Вот как… Значит, так?! Да! «Нет?» Ну', ['Вот как…', 'Значит, так?!', 'Да!', '«Нет?»', 'Ну']],
    ['  Пробелы.  \n\n  Ещё  ', ['Пробелы.', 'Ещё']],
  ])('%s', (text, expected) => {
    const got = splitSentences(text);
    expect(got.map((s) => s.text)).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('decode', () => {
  const ru = 'Товарооборот вырос';
  it.each([
    ['utf-8', new TextEncoder().encode(ru), 'utf-8'],
    ['utf-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ru)]), 'utf-8 (BOM)'],
    ['cp1251', new Uint8Array(iconv.encode(ru, 'windows-1251')), 'windows-1251'],
    ['utf-16le BOM', new Uint8Array([0xff, 0xfe, ...iconv.encode(ru, 'utf-16le')]), 'utf-16le'],
  ])('%s', (_n, bytes, encoding) => {
    const d = decode(bytes);
    expect(d.text).toBe(ru);
    expect(d.encoding).toBe(encoding);
    expect(d.binary).toBe(false);
  });
  it('flags binary content', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3])).binary).toBe(true);
  });
  // Valid UTF-8 reads as a strict TextDecoder reads it; what such a decoder rejects is not UTF-8 (read as a single-byte encoding).
  const strict = new TextDecoder('utf-8', { fatal: true });
  it.each([
    ['ASCII', [...new TextEncoder().encode('Bishkek, May 3')]],
    ['Latin-1 and beyond', [...new TextEncoder().encode('Café — Ā “quoted”')]],
    ['four-byte characters', [...new TextEncoder().encode('flag 🇰🇬 and 𝕏')]],
    ['noncharacters', [...new TextEncoder().encode('a\uFFFEb\uFFFF')]],
    ['an overlong slash', [0x41, 0xc0, 0xaf, 0x42]],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80, 0x42]],
    ['a code point above U+10FFFF', [0x41, 0xf4, 0x90, 0x80, 0x80]],
    ['a cut sequence at the end', [0x41, 0xe2, 0x82]],
    ['a lone continuation byte', [0x41, 0x80, 0x42]],
  ])('%s', (_n, bytes) => {
    const b = new Uint8Array(bytes);
    let expected: string | null;
    try {
      expected = strict.decode(b);
    } catch {
      expected = null;
    }
    const d = decode(b);
    if (expected === null) expect(d.encoding).not.toMatch(/^utf-8/);
    else expect([d.text, d.encoding]).toEqual([expected, 'utf-8']);
  });
});

describe('normalise', () => {
  /** The four passes `normalise` makes when a text needs them: the reference for its shortcut. */
  const passes = (t: string) =>
    t
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- the reference strips control characters
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')
      .replace(/\u00A0/g, ' ');
  it.each([
    ['plain text is returned as it is', 'Один.\nДва.\tТри', 'Один.\nДва.\tТри'],
    ['empty', '', ''],
    ['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['BOM at the start only', '\uFEFFa\uFEFFb', 'a\uFEFFb'],
    ['BOM alone', '\uFEFF', ''],
    ['BOM elsewhere is kept', 'a\uFEFF', 'a\uFEFF'],
    ['control characters become spaces', 'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\u007Fg', 'a b c d e f g'],
    ['no-break space', 'a\u00A0b', 'a b'],
    ['only the last character needs it', 'абв\r', 'абв\n'],
    ['white space that stays', ' \t\n\u2028\u202F', ' \t\n\u2028\u202F'],
  ])('%s', (_n, text, want) => {
    expect(normalise(text)).toBe(want);
    expect(normalise(text)).toBe(passes(text));
  });
  it('matches the four passes for every code unit below U+0100 and a few beyond', () => {
    const codes = [...Array(0x100).keys(), 0x2028, 0xfeff, 0xfffd];
    for (const c of codes) {
      for (const t of [String.fromCharCode(c), `x${String.fromCharCode(c)}y`]) expect(normalise(t)).toBe(passes(t));
    }
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Президент прибыл', undefined, 'ru'],
    ['The president arrived', undefined, 'en'],
    ['The president arrived', 'ru', 'ru'],
  ] as const)('%s', (text, lang, want) => expect(detectLanguage(text, lang)).toBe(want));

  // Decided only near the end (a tie is Russian), or past the 5,000 characters read.
  it.each([
    ['2000 Latin, then 2000 Cyrillic letters', 'a'.repeat(2000) + 'я'.repeat(2000), 'ru'],
    ['2001 Latin, then 2000 Cyrillic letters', 'a'.repeat(2001) + 'я'.repeat(2000), 'en'],
    ['300 Cyrillic, 4000 spaces, 301 Latin', 'я'.repeat(300) + ' '.repeat(4000) + 'a'.repeat(301), 'en'],
    ['300 Cyrillic, 4700 spaces, 301 Latin (past the end read)', 'я'.repeat(300) + ' '.repeat(4700) + 'a'.repeat(301), 'ru'],
  ] as const)('%s', (_, text, want) => expect(detectLanguage(text)).toBe(want));
});

describe('toDoc', () => {
  it('keeps offsets into the body and normalises CRLF', () => {
    const { doc } = toDoc('a/b.txt', 'date: 2020-01-01\r\n\r\nОдин. Два.\r\n');
    expect(doc.id).toBe('a-b');
    expect(doc.text).toBe('Один. Два.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Один.', 'Два.']);
  });
  it.each([
    ['a header, a body and blank lines after it', 'date: 2020-01-01\n\nОдин. Два.\n\n \n', { start: 18, end: 28 }],
    ['a body alone', 'One. Two.', { start: 0, end: 9 }],
    ['CRLF line ends: normalised, so not verbatim', 'date: 2020-01-01\r\n\r\nОдин.\r\n', null],
  ])('tells where the body stands in the decoded text: %s', (_n, text, verbatim) => {
    const got = toDoc('a.txt', text);
    expect(got.verbatim).toEqual(verbatim);
    if (got.verbatim) expect(text.slice(got.verbatim.start, got.verbatim.end)).toBe(got.doc.text);
  });
});

describe('isSpaceCode', () => {
  it('is a regex \\s for every code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
