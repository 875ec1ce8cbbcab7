/**
 * The body of the details panel for one milestone: titles, date with its evidence, participants
 * with their roles, the outlet and article date, and the quote in the article text (both
 * evidence and text come from the article's file). Loaded on demand (most visits open no
 * milestone), so it stays out of the first page load.
 */
import { useMemo } from 'react';
import type { DatasetFile as Dataset, MilestoneCore as Milestone } from '../../schema/dataset';
import { formatPartialDate } from '../i18n';
import type { Lang } from '../state/url';
import { indexPeople } from '../data/selectors';
import { safeHref } from '../data/safeUrl';
import { countryName, milestoneTitle, personName, roleOn, roleTitle, STATUS_LABELS, TYPE_LABELS } from '../data/timelineSelectors';
import { useArticleFile } from '../data/useArticleFiles';
import { ArticleQuote } from './ArticleQuote';
import { STRINGS } from './strings';
import { evidenceText } from '../i18n/evidence';

export default function DetailsBody({ data, m, lang }: { data: Dataset; m: Milestone; lang: Lang }) {
  const t = STRINGS[lang];
  const people = useMemo(() => indexPeople(data.people), [data.people]);
  const article = useMemo(() => data.articles.find((a) => a.id === m.articleId) ?? null, [data.articles, m.articleId]);
  const other = lang === 'ru' ? 'en' : 'ru';
  const href = safeHref(article?.url ?? null);
  // The quote and the date's evidence are in the article's file, loaded now.
  const file = useArticleFile(article);
  const evidence = file.status === 'ready' ? (file.file.milestones.find((e) => e.id === m.id) ?? null) : null;
  return (
    <article className="details-body" aria-live="polite">
      <h3>
        <span className="type-dot" style={{ background: `var(--c-${m.type})` }} aria-hidden="true" />
        {milestoneTitle(m, lang)}
      </h3>
      <p className="other-title" lang={other}>
        {milestoneTitle(m, other)}
      </p>
      <p className="tags">
        <span>{TYPE_LABELS[lang][m.type]}</span>
        <span className={`status-tag ${m.status}`}>{STATUS_LABELS[lang][m.status]}</span>
        {!m.bilateral && <span>{t.multilateral}</span>}
      </p>
      <dl>
        <dt>{t.date}</dt>
        <dd>
          <time dateTime={m.date ?? undefined}>{formatPartialDate(m.date, lang)}</time>
          <div className="evidence">
            <span className="muted">{t.evidence}: </span>
            {evidence ? evidenceText(evidence.dateEvidence, lang) : file.status === 'loading' ? '…' : ''}
          </div>
          {m.derived && (
            <div className="evidence">
              <span className="muted">{t.derived}: </span>
              {evidenceText(m.derived, lang)}
            </div>
          )}
        </dd>
        {m.place && (
          <>
            <dt>{t.place}</dt>
            <dd>{m.place}</dd>
          </>
        )}
        <dt>{t.participants}</dt>
        <dd>
          {m.peopleIds.length === 0 ? (
            <span className="muted">{t.noParticipants}</span>
          ) : (
            <ul className="participants">
              {m.peopleIds.map((id) => {
                const p = people.get(id);
                if (!p) return <li key={id}>{id}</li>;
                const role = roleOn(p, m.date);
                return (
                  <li key={id}>
                    <strong>{personName(p, lang)}</strong>
                    {role && <span className="muted"> — {roleTitle(role, lang)}</span>}
                    {!role && p.country && <span className="muted"> — {countryName(p.country, lang)}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        <dt>{t.source}</dt>
        <dd>
          {article ? (
            <>
              <span lang={article.language}>{article.source ?? article.title}</span>
              {', '}
              {t.articleDate} <time dateTime={article.date ?? undefined}>{formatPartialDate(article.date, lang)}</time>
              {href && (
                <>
                  {' · '}
                  <a href={href} rel="noopener noreferrer nofollow" target="_blank">
                    {t.open}
                  </a>
                </>
              )}
              <div className="article-title-line" lang={article.language}>
                {article.title}
              </div>
            </>
          ) : (
            m.articleId
          )}
        </dd>
      </dl>
      <ArticleQuote article={article} file={file} evidence={evidence} loadingText={t.loading} errorText={t.textError} label={t.quote} />
      <p className="hint">{t.keys}</p>
    </article>  );
}
