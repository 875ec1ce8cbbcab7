/** The sources: the articles behind the current view, newest first, a page at a time. */
import { memo, useMemo, useState } from 'react';
import type { Article, DatasetFile as Dataset } from '../../schema/dataset';
import { formatPartialDate, useLang, useStrings, type Strings } from '../i18n';
import { safeHref } from '../data/safeUrl';
import { filterArticles } from '../data/selectors';
import { useLaggingFilters } from '../data/useFilters';
import { evidenceText } from '../i18n/evidence';

const STRINGS: Strings<'heading' | 'source' | 'noDate' | 'more' | 'shown' | 'none'> = {
  en: { heading: 'Sources', source: 'open source', noDate: 'date unknown', more: 'Show more', shown: 'Showing {n} of {total}', none: 'No article matches the filters.' },
  ru: { heading: 'Источники', source: 'открыть источник', noDate: 'дата неизвестна', more: 'Показать ещё', shown: 'Показано {n} из {total}', none: 'Нет статей, подходящих под фильтры.' },
};

/** Articles shown per page; the list grows on demand so 10,000 sources cost nothing up front. */
const PAGE = 25;

/** Lists articles; titles and outlets are rendered as text, links only for http(s) URLs. */
export function ArticleList({ data }: { data: Dataset }) {
  const t = useStrings(STRINGS);
  const { from, to, leaders } = useLaggingFilters();
  const [limit, setLimit] = useState(PAGE);
  const articles = useMemo(() => filterArticles(data, { from, to, leaders }), [data, from, to, leaders]);
  const shown = articles.slice(0, limit);
  return (
    <section aria-labelledby="sources-heading" className="panel">
      <h2 id="sources-heading">{t.heading}</h2>
      {articles.length === 0 && <p>{t.none}</p>}
      <ul className="article-list">
        {shown.map((a) => (
          <ArticleItem key={a.id} a={a} openLabel={t.source} noDate={t.noDate} />
        ))}
      </ul>
      {articles.length > PAGE && (
        <p className="article-more">
          <span>{t.shown.replace('{n}', String(shown.length)).replace('{total}', String(articles.length))}</span>{' '}
          {shown.length < articles.length && (
            <button type="button" onClick={() => setLimit((n) => n + PAGE * 4)}>
              {t.more}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

/** One source; memoised, so re-rendering the list redraws only the items that changed. */
const ArticleItem = memo(function ArticleItem({ a, openLabel, noDate }: { a: Article; openLabel: string; noDate: string }) {
  const lang = useLang();
  const href = safeHref(a.url);
  return (
    <li data-testid="article">
      <span className="article-title" lang={a.language}>{a.title}</span>
      <span className="article-meta">
        <time dateTime={a.date ?? undefined} title={evidenceText(a.dateEvidence, lang)}>{formatPartialDate(a.date, lang, noDate)}</time>
        {a.source && <> · <span>{a.source}</span></>}
        {href && <> · <a href={href} rel="noopener noreferrer nofollow" target="_blank">{openLabel}</a></>}
      </span>
    </li>
  );
});
