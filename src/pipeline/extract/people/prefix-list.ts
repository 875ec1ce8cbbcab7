/**
 * A list of word beginnings (stems) asked "is one of you a prefix of this word?" many times per
 * article: the stems are grouped by their first letter, so a word is compared only with the few
 * that could match instead of the whole list.
 */
export class PrefixList {
  private readonly byFirst = new Map<string, string[]>();
  /** True when the list holds the empty stem, a prefix of every word. */
  private readonly hasEmpty: boolean;

  constructor(stems: readonly string[]) {
    this.hasEmpty = stems.includes('');
    for (const s of stems) {
      if (!s) continue;
      const list = this.byFirst.get(s[0]!);
      if (list) list.push(s);
      else this.byFirst.set(s[0]!, [s]);
    }
  }

  /** True when some stem begins `word` and `accept` (when given) takes it: the same as `stems.some((s) => word.startsWith(s) && accept(s))`. */
  some(word: string, accept?: (stem: string) => boolean): boolean {
    if (this.hasEmpty && (!accept || accept(''))) return true;
    const list = word ? this.byFirst.get(word[0]!) : undefined;
    if (!list) return false;
    for (const s of list) if (word.startsWith(s) && (!accept || accept(s))) return true;
    return false;
  }
}
