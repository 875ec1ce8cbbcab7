/**
 * The article text with the quote highlighted at its offsets, always in the original language.
 * The text and the quote come from the article's file, loaded on demand by the caller.
 */
import { useEffect, useRef } from 'react';
import type { Article, MilestoneEvidence } from '../../schema/dataset';
import type { ArticleFileState } from '../data/useArticleFiles';

export interface ArticleQuoteProps {
  article: Article | null;
  /** The article's file, loaded by the caller. */
  file: ArticleFileState;
  /** The quote and its offsets, from that file (null while it loads or when it lacks them). */
  evidence: Pick<MilestoneEvidence, 'quote' | 'offsets'> | null;
  loadingText: string;
  errorText: string;
  label: string;
}

/** Where the quote is in the text: at its offsets when they match, else the first occurrence. */
export function locateQuote(text: string, quote: string, offsets: { start: number; end: number }): [number, number] | null {
  if (text.slice(offsets.start, offsets.end) === quote) return [offsets.start, offsets.end];
  const i = quote ? text.indexOf(quote) : -1;
  return i >= 0 ? [i, i + quote.length] : null;
}

export function ArticleQuote({ article, file, evidence, loadingText, errorText, label }: ArticleQuoteProps) {
  const mark = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const quote = evidence?.quote ?? '';
  useEffect(() => {
    // Scroll the box (not the page) so the highlighted sentence is in view.
    const m = mark.current;
    const b = box.current;
    if (m && b) b.scrollTop = Math.max(0, m.offsetTop - b.offsetTop - 24);
  }, [file, quote]);

  const lang = article?.language;
  if (file.status !== 'ready') {
    return (
      <figure className="quote">
        <figcaption>{label}</figcaption>
        <p className="muted" role={file.status === 'error' ? 'note' : 'status'}>
          {file.status === 'loading' ? loadingText : errorText}
        </p>
      </figure>
    );
  }
  const text = file.file.text;
  const at = evidence ? locateQuote(text, quote, evidence.offsets) : null;
  return (
    <figure className="quote">
      <figcaption>{label}</figcaption>
      <div className="article-text" ref={box} lang={lang} tabIndex={0} aria-label={label}>
        {at ? (
          <>
            {text.slice(0, at[0])}
            <mark ref={mark}>{text.slice(at[0], at[1])}</mark>
            {text.slice(at[1])}
          </>
        ) : (
          <>
            {quote && (
              <>
                <mark ref={mark}>{quote}</mark>
                <br />
              </>
            )}
            {text}
          </>
        )}
      </div>
    </figure>
  );
}
