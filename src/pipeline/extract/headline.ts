/** The headline block of an article: what milestones and figures read as a repeat of the body. */

/** Lines among the first ones that read as headlines: no closing full stop, before the lead. */
export function headlineSpans(text: string, maxLines = 6): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  for (let n = 0; n < maxLines && pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).trim();
    if (line) {
      n++;
      // The lead (a dateline or a sentence with a full stop) ends the headline block; so does a line ending in a comma, a
      // sentence that runs on over the next lines (a document's preamble: «руководствуясь Договором …,»). A semicolon
      // may join the two parts of a headline ("MISSION ENDS VISIT;" over "CONFERENCE UNDER WAY").
      // A standfirst under the title, ended by a full stop, with the author's byline after it ("The
      // summit showed warm words and little money." over "By A. Writer"): still the headline block, not the lead.
      if (line.length <= STANDFIRST_MAX && /[.!?…]\s*$/u.test(line) && !DATELINE_OPENING.test(line) && bylineNext(text, end + 1)) {
        out.push({ start: pos, end });
        pos = end + 1;
        continue;
      }
      if (/[.!?…»"”,]\s*$/u.test(line) || line.length > 160) {
        // "KYRGYZ, RUSSIAN MINISTERS SIGN CONVENTION. Russian Foreign Minister …": a bulletin item's headline run in
        // before its first sentence, in capitals.
        const runIn = runInHeadline(text, pos, end);
        if (runIn) out.push(runIn);
        break;
      }
      out.push({ start: pos, end });
    }
    pos = end + 1;
  }
  return out;
}

/** A sentence in capitals of at least three words and its full stop, then a sentence in ordinary case: a run-in headline. */
const RUN_IN = /^(\s*(?:[A-ZА-ЯЁ][A-ZА-ЯЁ'’/-]+[,:;]?\s+){2,}[A-ZА-ЯЁ][A-ZА-ЯЁ'’/-]+[.!?])\s+[A-ZА-ЯЁ"«“][a-zа-яё]/u;

/** The run-in headline opening the line `start`–`end` («SIDES SIGN TREATY. The presidents …»), or null. */
function runInHeadline(text: string, start: number, end: number): { start: number; end: number } | null {
  const m = RUN_IN.exec(text.slice(start, Math.min(end, start + 200)));
  return m ? { start, end: start + m[1]!.length } : null;
}

/** A dateline opening a line ("SOCHI, May 14 (Agency) —", «БИШКЕК, 3 мар —»): the lead, even over a byline. */
const DATELINE_OPENING = /^\p{Lu}{2,}[\p{Lu}\s.-]*,/u;
/** The longest standfirst line read as part of the headline block. */
const STANDFIRST_MAX = 250;
/**
 * An author's byline ("By A. Writer", «Автор: Иван Петров»). (A date line is not enough: an official site's lead sentence,
 * which tells the news, stands over the page's date: "Putin had a telephone conversation with …" over "January 11, 2031".)
 */
const BYLINE = /^(?:By|Автор:?)\s+\p{Lu}[^\n]{0,60}$/u;

/** True when the first non-empty line from `pos` is an author's byline. */
function bylineNext(text: string, pos: number): boolean {
  while (pos < text.length && (text[pos] === '\n' || text[pos] === ' ' || text[pos] === '\t' || text[pos] === '\r')) pos++;
  if (pos >= text.length) return false;
  const nl = text.indexOf('\n', pos);
  const line = text.slice(pos, nl < 0 ? text.length : nl).trim();
  return line.length <= 80 && BYLINE.test(line);
}
