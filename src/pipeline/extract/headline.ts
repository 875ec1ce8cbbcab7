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
      if (/[.!?…»"”,]\s*$/u.test(line) || line.length > 160) break;
      out.push({ start: pos, end });
    }
    pos = end + 1;
  }
  return out;
}
