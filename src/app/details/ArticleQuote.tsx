/**
 * The article text with the quote highlighted at its offsets, always in the original language.
 * The text is loaded on demand; without it the quote is shown alone.
 */
import { useEffect, useRef, useState } from 'react';
import type { Article, ArticleText } from '../../schema/dataset';
import { loadArticleText } from '../data/load';

export interface ArticleQuoteProps {
  article: Article | null;
  quote: string;
  offsets: { start: number; end: number };
  loadingText: string;
  errorText: string;
  label: string;
}

type State = { status: 'loading' } | { status: 'ready'; text: ArticleText } | { status: 'error' };

/** Where the quote is in the text: at its offsets when they match, else the first occurrence. */
export function locateQuote(text: string, quote: string, offsets: { start: number; end: number }): [number, number] | null {
  if (text.slice(offsets.start, offsets.end) === quote) return [offsets.start, offsets.end];
  const i = quote ? text.indexOf(quote) : -1;
  return i >= 0 ? [i, i + quote.length] : null;
}

export function ArticleQuote({ article, quote, offsets, loadingText, errorText, label }: ArticleQuoteProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const mark = useRef<HTMLElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const textPath = article?.textPath ?? null;
  useEffect(() => {
    if (!textPath) {
      setState({ status: 'error' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    loadArticleText(textPath).then(
      (text) => live && setState({ status: 'ready', text }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [textPath]);
  useEffect(() => {
    // Scroll the box (not the page) so the highlighted sentence is in view.
    const m = mark.current;
    const b = box.current;
    if (m && b) b.scrollTop = Math.max(0, m.offsetTop - b.offsetTop - 24);
  }, [state, quote]);

  const lang = article?.language;
  if (state.status !== 'ready') {
    return (
      <figure className="quote">
        <figcaption>{label}</figcaption>
        <blockquote lang={lang}>
          <mark>{quote}</mark>
        </blockquote>
        <p className="muted" role={state.status === 'error' ? 'note' : 'status'}>
          {state.status === 'loading' ? loadingText : errorText}
        </p>
      </figure>
    );
  }
  const text = state.text.text;
  const at = locateQuote(text, quote, offsets);
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
            <mark ref={mark}>{quote}</mark>
            <br />
            {text}
          </>
        )}
      </div>
    </figure>
  );
}
