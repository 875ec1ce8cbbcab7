import { describe, expect, it } from 'vitest';
import { findSpeech, inSpeech } from './speech';

describe('direct speech', () => {
  it('finds direct speech but not quoted names', () => {
    const text = 'Форум «Газпром» открылся. «Мы подписали важные документы и продолжим работу в этом направлении», — сказал он.';
    const speech = findSpeech(text);
    expect(inSpeech(speech, text.indexOf('Газпром'))).toBe(false);
    expect(inSpeech(speech, text.indexOf('подписали'))).toBe(true);
    expect(inSpeech(speech, text.indexOf('сказал'))).toBe(false);
  });

  it('ends a name quoted within a name at the one mark that closes both', () => {
    const text = 'По итогам переговоров между ОАО «Железные дороги» и ГП «Национальная компания «Темир жолу» подписана дорожная карта на три года. Стороны довольны итогами.';
    const speech = findSpeech(text);
    expect(inSpeech(speech, text.indexOf('Национальная'))).toBe(false);
    expect(inSpeech(speech, text.indexOf('подписана'))).toBe(false);
  });

  it('still runs an unclosed quote with no name within to the paragraph end', () => {
    const text = 'Он сказал: «Мы подписали важные документы и продолжим работу в этом направлении вместе с коллегами. Спасибо';
    expect(inSpeech(findSpeech(text), text.indexOf('Спасибо'))).toBe(true);
  });
});

/** The paragraph-by-paragraph reading findSpeech replaced, kept as the reference for the table below. */
function reference(text: string): [number, number][] {
  const SPEAKER = /^(?:(?:[\p{Lu}][\p{L}’'.-]+\s){1,3}|(?:\p{Lu}\.\s?){1,2})[\p{Lu}][\p{L}’'-]+:\s/u;
  const CLOSE: Record<string, string> = { '«': '»', '“': '”', '„': '“' };
  const out: [number, number][] = [];
  const paras = text.split('\n');
  const labels = paras.map((p) => (p.includes(':') ? SPEAKER.exec(p) : null));
  const turns = labels.filter((l) => l !== null).length >= 2;
  let transcript = false;
  let pos = 0;
  paras.forEach((para, k) => {
    const start = pos;
    pos += para.length + 1;
    const label = labels[k];
    if (label && turns) transcript = true;
    if (transcript) {
      if (para.trim()) out.push([start, start + para.length]);
      return;
    }
    if (label) return void out.push([start + label[0].length, start + para.length]);
    for (let i = 0; i < para.length; ) {
      const at = para.slice(i).search(/[«“„"]/);
      if (at < 0) break;
      i += at;
      const ch = para[i]!;
      let close = -1;
      if (ch === '"') close = para.indexOf('"', i + 1);
      else {
        let depth = 0;
        for (let j = i; j < para.length && close < 0; j++) {
          if (para[j] === ch && ch !== CLOSE[ch]) depth++;
          else if (para[j] === CLOSE[ch] && --depth <= 0) close = j;
        }
      }
      const end = close < 0 ? para.length : close + 1;
      const inner = para.slice(i + 1, close < 0 ? para.length : close);
      if (inner.length >= 60 || /[.!?…]\s/.test(inner)) out.push([start + i, start + end]);
      i = end;
    }
  });
  out.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const x of out) {
    const last = merged[merged.length - 1];
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else merged.push([x[0], x[1]]);
  }
  return merged;
}

describe('findSpeech: the same ranges as reading paragraph by paragraph', () => {
  const long = 'Мы подписали важные документы и продолжим работу в этом направлении вместе';
  it.each([
    ['empty', ''],
    ['no quotes', 'Президенты провели переговоры.\nСтороны обсудили торговлю.\n'],
    ['a quote per paragraph', `«${long}», — сказал он.\n"${long}" said Putin.\n\nФорум «Газпром».`],
    ['unclosed quote runs to the paragraph end', `Он сказал: «${long}\nНовый абзац «${long}».`],
    ['nested quotes', `«${long} «Газпром» ${long}» — заявил министр.`],
    ['a headline label', 'Садыр Жапаров: Россия остается стратегическим партнером\nТекст статьи.'],
    ['a transcript', 'Вопрос: Как прошел визит?\n\nВ.Путин: Визит прошел хорошо. Мы договорились.\n\nА.Атамбаев: Спасибо.\n'],
    ['colons without labels', 'Теги: Россия, Киргизия\nВремя: 12:30. «Короткая. Цитата.»'],
    ['a stray quote', 'Компания "Газпром и ещё текст\nДругой абзац "с цитатой. Здесь" конец.'],
  ])('%s', (_name, text) => {
    expect(findSpeech(text)).toEqual(reference(text));
  });
});

describe("a press conference's transcript: the speakers report the day", () => {
  it.each([
    ['ru: «… в ходе пресс-конференции»: turns are narrative, quotes in them still speech',
      'Ответы на вопросы СМИ министров в ходе совместной пресс-конференции\n\nИ.Петров: Мы провели переговоры. Коллега сказал: «Это важный шаг для наших стран и нашего общего будущего. Мы продолжим».\n\nО.Сидоров: Подписали протокол.\n',
      ['Мы провели', 'Подписали'], ['Это важный']],
    ['en: "Remarks at a joint press conference"',
      'Remarks at a joint press conference\n\nIvan Petrov: We held talks today.\n\nOleg Sidorov: We signed a protocol.\n',
      ['We held', 'We signed'], []],
    ['ru: an interview transcript keeps its turns as speech',
      'Интервью министра\n\nВопрос: Как прошли переговоры?\n\nИ.Петров: Мы провели переговоры.\n',
      [], ['Мы провели']],
  ])('%s', (_name, text, narrative, spoken) => {
    const speech = findSpeech(text);
    for (const w of narrative) expect(inSpeech(speech, text.indexOf(w))).toBe(false);
    for (const w of spoken) expect(inSpeech(speech, text.indexOf(w))).toBe(true);
  });
});

describe("a transcript's unlabelled paragraph: the speaker going on, or the reporter again", () => {
  it.each([
    ['en: the leaders told in the third person are the reporter',
      'Talks\n\nIvan Petrov: Welcome to Osh.\n\nOleg Sidorov: Thank you, we are glad.\n\nAfter the talks, the two leaders signed a protocol on customs.\n',
      ['the two leaders'], ['Welcome', 'Thank you']],
    ['en: a speaker named by surname, with no «I» or «we»',
      'Talks\n\nIvan Petrov: Welcome to Osh.\n\nOleg Sidorov: Thank you.\n\nOn May 3, Oleg Sidorov will visit Naryn.\n\nThe airport was rebuilt in 2015.\n',
      ['On May 3', 'The airport'], ['Welcome']],
    ['ru: «Президент России посетил» after the turns',
      'Переговоры\n\nИ.Петров: Добро пожаловать.\n\nО.Сидоров: Спасибо.\n\nРанее Президент России посетил авиабазу.\n',
      ['Ранее Президент'], ['Добро', 'Спасибо']],
    ['ru: «главы государств подписали» after the turns',
      'Переговоры\n\nИ.Петров: Добро пожаловать.\n\nО.Сидоров: Спасибо.\n\nПосле беседы главы государств подписали меморандум о туризме.\n',
      ['После беседы'], ['Добро', 'Спасибо']],
    ['ru: «главы двух государств провели» after the turns',
      'Переговоры\n\nИ.Петров: Добро пожаловать.\n\nО.Сидоров: Спасибо.\n\nЗатем главы двух государств провели встречу с бизнесом.\n',
      ['Затем главы'], ['Добро']],
    ['ru: a continuation with «мы» naming the heads of state stays the speaker\'s',
      'Переговоры\n\nИ.Петров: Добро пожаловать.\n\nО.Сидоров: Спасибо.\n\nМы рады, что главы государств подписали меморандум.\n',
      [], ['Мы рады']],
    ['en: a continuation with «we» stays the speaker\'s, even naming the leaders',
      'Talks\n\nIvan Petrov: Welcome.\n\nOleg Sidorov: Thank you.\n\nWe hope the two leaders will meet again, Mr Petrov.\n',
      [], ['We hope']],
    ['ru: a continuation without a third-person subject stays the speaker\'s',
      'Переговоры\n\nИ.Петров: Добро пожаловать.\n\nО.Сидоров: Спасибо.\n\nТоварооборот растет второй год подряд.\n',
      [], ['Товарооборот']],
  ])('%s', (_name, text, narrative, spoken) => {
    const speech = findSpeech(text);
    for (const w of narrative) expect(inSpeech(speech, text.indexOf(w))).toBe(false);
    for (const w of spoken) expect(inSpeech(speech, text.indexOf(w))).toBe(true);
  });
});

describe("an interview transcript: the interviewer's turn is the outlet's own words", () => {
  it.each([
    ['ru: «„Азаттык“: Жапаров заявил, что …» between the analyst\'s turns',
      'Интервью\n\n«Радио»: Что дальше?\n\nИван Петров: Так бывает.\n\n«Радио»: Министр заявил, что визит совершит в Москву. Когда?\n\nИван Петров: Думаю, в феврале.\n',
      ['Министр заявил'], ['Так бывает', 'Думаю']],
    ['en: "Q: The minister said …" between the turns',
      'Interview\n\nQ: What next?\n\nIvan Petrov: It happens.\n\nQ: The minister said he would visit Moscow. When?\n\nIvan Petrov: In February, I think.\n',
      ['The minister said'], ['It happens', 'In February']],
    // Negative: a speaker's own turn stays speech, and a quoted name inside a turn is no label.
    ['ru: a turn opening with a quoted word but no colon stays the speaker\'s',
      'Интервью\n\nИван Петров: Так бывает.\n\nОлег Сидоров: Спасибо.\n\n«Радио» сообщило, что визит пройдет в феврале.\n',
      [], ['Так бывает', 'Спасибо', 'сообщило']],
  ])('%s', (_name, text, narrative, spoken) => {
    const speech = findSpeech(text);
    for (const w of narrative) expect(inSpeech(speech, text.indexOf(w))).toBe(false);
    for (const w of spoken) expect(inSpeech(speech, text.indexOf(w))).toBe(true);
  });
});
