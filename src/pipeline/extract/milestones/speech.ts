import { rx } from '../regex';
/**
 * Direct speech: the parts of an article that quote someone. Events told inside a quote are
 * the speaker's references ("we have lifted all restrictions"), not the reporter's narrative,
 * so they do not inherit the article date.
 */

/** `[start, end)` ranges of direct speech in `text`. */
export type Ranges = [number, number][];

/** A quoted span this long, or holding a full stop, is speech; shorter ones are names («Газпром»). */
const MIN_SPEECH = 60;
/** "Akylbek Japarov: …", «В.Путин: …» — a transcript speaker label at the start of a paragraph. */
const SPEAKER = rx(/^(?:(?:[\p{Lu}][\p{L}’'.-]+\s){1,3}|(?:\p{Lu}\.\s?){1,2})[\p{Lu}][\p{L}’'-]+:\s/u);
const OPEN = new Set(['«', '“', '„']);
const CLOSE: Record<string, string> = { '«': '»', '“': '”', '„': '“' };

const isSpeechLike = (inner: string) => inner.length >= MIN_SPEECH || /[.!?…]\s/.test(inner);

/**
 * Finds direct-speech ranges: quotes in «», “”, "" and transcript paragraphs after a speaker label.
 * Paragraphs are walked by offsets in the article text (no array of paragraph strings): most have
 * neither a colon nor a quote, and nothing is copied for them.
 */
export function findSpeech(text: string): Ranges {
  const out: Ranges = [];
  const labels = speakerLabels(text);
  // A transcript has several speaker turns; a single «Name: words» line is a headline.
  const transcriptTurns = labels.size >= 2;
  // A press conference's transcript: the speakers report the day's talks, as a reporter would.
  if (transcriptTurns && PRESS_TRANSCRIPT.test(text.slice(0, PRESS_HEAD))) labels.clear();
  let transcript = false;
  /** The speakers' surnames, read when a transcript's first unlabelled paragraph is met. */
  let surnames: string[] | null = null;
  /** The next quote opening (or the text's end), searched once and kept while the paragraphs before it are walked. */
  let nextOpen = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const label = labels.get(start);
    if (label !== undefined && transcriptTurns) transcript = true;
    // "Following the talks, the two leaders adopted …" between or after the turns: the reporter again.
    else if (transcript && label === undefined && isNarrative(text.slice(start, end), (surnames ??= speakerSurnames(labels, text)))) transcript = false;
    // «„Азаттык“: Жапаров заявил, что …», "Q: …": the interviewer's turn is the outlet's own words, not the speaker's.
    if (transcript && (label !== undefined || !INTERVIEWER.test(text.slice(start, Math.min(end, start + INTERVIEWER_REACH))))) {
      if (text.slice(start, end).trim()) out.push([start, end]);
    } else if (label !== undefined) out.push([start + label, end]);
    else {
      // Quoted ranges of the paragraph; an unclosed quote runs to the paragraph's end.
      let i = start;
      for (;;) {
        if (nextOpen < i) {
          QUOTE_OPEN.lastIndex = i;
          nextOpen = QUOTE_OPEN.exec(text)?.index ?? text.length;
        }
        if (nextOpen >= end) break;
        i = nextOpen;
        const ch = text[i]!;
        let close = OPEN.has(ch) ? findClose(text, i, end, ch, CLOSE[ch]!) : text.indexOf('"', i + 1);
        if (close >= end) close = -1;
        const stop = close < 0 ? end : close + 1;
        if (isSpeechLike(text.slice(i + 1, close < 0 ? end : close))) out.push([i, stop]);
        i = stop;
        if (i >= end) break;
      }
    }
    start = end + 1;
  }
  return merge(out);
}

/** Paragraph start → length of the speaker label opening it; only paragraphs with a colon are searched. */
function speakerLabels(text: string): Map<number, number> {
  const labels = new Map<number, number>();
  for (let colon = text.indexOf(':'); colon >= 0; ) {
    const start = text.lastIndexOf('\n', colon) + 1;
    let end = text.indexOf('\n', colon);
    if (end < 0) end = text.length;
    const label = SPEAKER.exec(text.slice(start, end));
    if (label) labels.set(start, label[0].length);
    colon = text.indexOf(':', end);
  }
  return labels;
}

/**
 * Who a reporter's paragraph is about: the leaders told in the third person ("the two leaders adopted",
 * "the President of Russia visited", «Президент России посетил», «главы государств подписали»). A speaker's own next paragraph says
 * «мы», 'I', 'you' instead (FIRST_OR_SECOND).
 */
const THIRD_PERSON_SUBJECT = rx(
  /(?:^|[^\p{L}])(?:the (?:two )?(?:leaders|sides|presidents|heads of state)|the President of (?:Russia|the Russian Federation|Kyrgyzstan|the Kyrgyz Republic)|(?:[Оо]ба |[Дд]ва )?(?:лидер[аы]|президент[аы]|главы (?:двух )?государств) (?:двух стран )?(?:провели|подписали|приняли|обсудили|посетили)|Президент (?:России|Российской Федерации|Киргизии|Кыргызстана|Кыргызской Республики) (?:посетил|провел|провёл|принял|подписал|примет|проведет|проведёт))(?![\p{L}])/u,
);
/** Words of a speaker talking in the first or second person: the paragraph goes on the turn before it. */
const FIRST_OR_SECOND = rx(
  /(?:^|[^\p{L}])(?:I|we|We|our|Our|us|my|My|you|You|your|Your|я|Я|мы|Мы|нас|нам|нами|наш\p{L}*|Наш\p{L}*|вы|Вы|вас|вам|ваш\p{L}*|Ваш\p{L}*|мне|меня|мой|моя|мои)(?![\p{L}])/u,
);

/**
 * True when the unlabelled paragraph `para` of a transcript is the reporter's, not the last speaker's
 * going on: it tells the leaders or a speaker by name (`surnames`) in the third person ("Earlier today, the
 * President of Russia visited …", "On October 13, Ivan Petrov will take part …") and says no «мы»,
 * 'I' or 'you'.
 */
function isNarrative(para: string, surnames: readonly string[]): boolean {
  if (!para.trim() || FIRST_OR_SECOND.test(para)) return false;
  if (THIRD_PERSON_SUBJECT.test(para)) return true;
  for (let i = 0; i < surnames.length; i++) if (para.includes(surnames[i]!)) return true;
  return false;
}

/** The last word of each speaker label ("Vladimir Putin: " → "Putin", «В.Путин: » → «Путин»), of three letters or more. */
function speakerSurnames(labels: Map<number, number>, text: string): string[] {
  const out: string[] = [];
  labels.forEach((length, start) => {
    const name = text.slice(start, start + length).replace(/:\s*$/u, '');
    const surname = name.slice(Math.max(name.lastIndexOf(' '), name.lastIndexOf('.')) + 1);
    if (surname.length > 2 && !out.includes(surname)) out.push(surname);
  });
  return out;
}

/**
 * The interviewer's label opening a turn: the outlet's name in quotes («Азаттык»:, "Kabar":) or a word for the one
 * asking («Вопрос:», «Корреспондент:», "Q:", "Question:"). The speaker labels (`SPEAKER`) are people's names.
 */
const INTERVIEWER = rx(/^(?:«[^»\n]{2,40}»|“[^”\n]{2,40}”|"[^"\n]{2,40}"|Вопрос|Корреспондент|Журналист|Q|Question|Interviewer):\s/u);
/** How far into a paragraph the interviewer's label may end. */
const INTERVIEWER_REACH = 48;

/** How far from the top a transcript's title names the press conference. */
const PRESS_HEAD = 600;
/**
 * «Выступление и ответы на вопросы СМИ … в ходе совместной пресс-конференции», «Заявления для прессы
 * по итогам переговоров», "Remarks at a joint press conference": the title of a press conference's transcript.
 */
const PRESS_TRANSCRIPT = rx(/(?:пресс-конференци|заявлени[яй] для (?:прессы|СМИ)|press conference|press statements|statements for the press)/iu);

/** The next character that can open a quote (a regex search skips plain text fastest). */
const QUOTE_OPEN = /[«“„"]/g;

/**
 * Index of the quote before `end` that closes the one at `at`, allowing nested «…«…»…»; -1 when none. A name quoted within
 * a name often ends with one mark for both («ГП «Национальная компания «Кыргыз темир жолу» подписана …»): when the outer
 * quote is never closed, the mark that closed the first nested one closes it.
 */
function findClose(s: string, at: number, end: number, open: string, close: string): number {
  let depth = 0;
  let nested = -1;
  // By character code: indexing a Cyrillic string makes a new one-character string each time.
  const o = open === close ? -1 : open.charCodeAt(0);
  const c = close.charCodeAt(0);
  for (let j = at; j < end; j++) {
    const code = s.charCodeAt(j);
    if (code === o) depth++;
    else if (code === c) {
      depth--;
      if (depth <= 0) return j;
      if (nested < 0) nested = j;
    }
  }
  return nested;
}

/** `r` sorted by start, overlapping ranges joined; `r` is findSpeech's own list, copied only when out of order. */
function merge(r: Ranges): Ranges {
  // The paragraphs are walked in order, so the ranges nearly always come sorted: no copy and sort then.
  const s = isSorted(r) ? r : [...r].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (let i = 0; i < s.length; i++) {
    const x = s[i]!;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

function isSorted(r: Ranges): boolean {
  for (let i = 1; i < r.length; i++) if (r[i - 1]![0] > r[i]![0]) return false;
  return true;
}

/** True when offset `pos` lies inside direct speech. */
export function inSpeech(ranges: Ranges, pos: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i]!;
    if (pos < r[0]) return false;
    if (pos < r[1]) return true;
  }
  return false;
}
