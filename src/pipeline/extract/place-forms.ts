/**
 * Russian case forms of a place name («Свердловск» → «Свердловска», «Свердловске», …), made from the
 * nominative by the ending sets of Russian declension. Matching a text against these forms, instead
 * of trimming letters off its words, keeps a region adjective («Свердловская») from reading as a
 * city («Свердловск»), and finds the forms trimming misses («Самаре», «Казанью»).
 */

const SIBILANT = /[жшчщц]$/;
const VELAR_OR_SIBILANT = /[гкхжшчщ]$/;

/** Every case ending a Russian word of this shape takes (nominative included), as [stem, endings]. */
function paradigm(word: string): [string, string[]] {
  const w = word;
  // Adjectives: «Нижний», «Горький», «Верный», «Свердловская», «Боровое».
  if (/(?:ый|ой)$/.test(w)) return [w.slice(0, -2), [w.slice(-2), 'ого', 'ому', 'ым', 'ом']];
  if (/[гкхжшчщ]ий$/.test(w)) return [w.slice(0, -2), ['ий', 'ого', 'ому', 'им', 'ом']];
  if (/ий$/.test(w)) return [w.slice(0, -2), ['ий', 'его', 'ему', 'им', 'ем']];
  if (/ая$/.test(w)) return [w.slice(0, -2), ['ая', 'ой', 'ую', 'ою']];
  if (/яя$/.test(w)) return [w.slice(0, -2), ['яя', 'ей', 'юю']];
  if (/(?:ое|ее)$/.test(w)) return [w.slice(0, -2), [w.slice(-2), 'ого', 'ому', 'ым', 'ом', 'его', 'ему', 'им', 'ем']];
  // Nouns.
  if (/ия$/.test(w)) return [w.slice(0, -1), ['я', 'и', 'ю', 'ей', 'ею']];
  if (/я$/.test(w)) return [w.slice(0, -1), ['я', 'и', 'е', 'ю', 'ей', 'ею']];
  if (/а$/.test(w)) {
    const stem = w.slice(0, -1);
    return [stem, ['а', VELAR_OR_SIBILANT.test(stem) ? 'и' : 'ы', 'е', 'у', SIBILANT.test(stem) ? 'ей' : 'ой', 'ою']];
  }
  if (/ь$/.test(w)) return [w.slice(0, -1), ['ь', 'и', 'ью', 'я', 'ю', 'ем', 'е']];
  if (/[аеиоуыэюя]й$/.test(w)) return [w.slice(0, -1), ['й', 'я', 'ю', 'ем', 'е']];
  // «Боконбаево», «Кемерово»: written both undeclined and declined.
  if (/(?:ово|ево|ино|ыно)$/.test(w)) return [w.slice(0, -1), ['о', 'а', 'у', 'ом', 'е']];
  // Other vowel endings are not declined: «Душанбе», «Алматы», «Сочи», «Баку», «Атырау».
  if (/[аеёиоуыэюя]$/.test(w) || !/[бвгджзклмнпрстфхцчшщ]$/.test(w)) return [w, ['']];
  return [w, ['', 'а', 'у', SIBILANT.test(w) ? 'ем' : 'ом', 'ом', 'е']];
}

/** Case forms of one word; of a hyphenated word only the declining part changes («Нур-Султане», «Ростове-на-Дону»). */
function wordForms(word: string): string[] {
  const parts = word.split('-');
  if (parts.length > 1) {
    // «Ростов-на-Дону»: the head is the first part; otherwise the last part declines («Алма-Ате»).
    const head = parts.length >= 3 && /^(?:на|над|под|в|у)$/.test(parts[1]!) ? 0 : parts.length - 1;
    return wordForms(parts[head]!).map((f) => parts.map((p, i) => (i === head ? f : p)).join('-'));
  }
  const [stem, endings] = paradigm(word);
  return [...new Set(endings.map((e) => stem + e))];
}

/**
 * Lower-case case forms of a Russian place name, the nominative first. In a phrase every word takes
 * its own forms in step («Нижнем Новгороде», «Свердловской области»); after a generic first noun the
 * name may also stay in the nominative («Республике Татарстан», «озере Иссык-Куль»).
 */
export function placeForms(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const per = words.map(wordForms);
  const n = Math.max(...per.map((f) => f.length));
  const out = new Set<string>([words.join(' ')]);
  // Forms line up by position only roughly (ending lists differ by class), so every combination of
  // the words' forms is allowed: a few extra strings, never a missed case.
  let acc = [''];
  for (const forms of per) acc = acc.flatMap((a) => forms.map((f) => (a ? `${a} ${f}` : f)));
  if (acc.length <= 400) for (const a of acc) out.add(a);
  else for (let i = 0; i < n; i++) out.add(per.map((f) => f[Math.min(i, f.length - 1)]).join(' '));
  if (words.length > 1) for (const f of per[0]!) out.add([f, ...words.slice(1)].join(' '));
  return [...out];
}
