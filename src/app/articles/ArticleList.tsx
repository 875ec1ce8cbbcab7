/** The sources: every article with its title, date and outlet. */
import type { Article } from '../../schema/dataset';
import { formatPartialDate, useLang, useStrings, type Strings } from '../i18n';
import { safeHref } from '../data/safeUrl';

const STRINGS: Strings<'heading' | 'source' | 'noDate'> = {
  en: { heading: 'Sources', source: 'open source', noDate: 'date unknown' },
  ru: { heading: 'Источники', source: 'открыть источник', noDate: 'дата неизвестна' },
};

/** Lists articles; titles and outlets are rendered as text, links only for http(s) URLs. */
export function ArticleList({ articles }: { articles: readonly Article[] }) {
  const t = useStrings(STRINGS);
  const lang = useLang();
  return (
    <section aria-labelledby="sources-heading" className="panel">
      <h2 id="sources-heading">{t.heading}</h2>
      <ul className="article-list">
        {articles.map((a) => {
          const href = safeHref(a.url);
          return (
            <li key={a.id} data-testid="article">
              <span className="article-title" lang={a.language}>{a.title}</span>
              <span className="article-meta">
                <time dateTime={a.date ?? undefined} title={a.dateEvidence}>{formatPartialDate(a.date, lang, t.noDate)}</time>
                {a.source && <> · <span>{a.source}</span></>}
                {href && <> · <a href={href} rel="noopener noreferrer nofollow" target="_blank">{t.source}</a></>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
