/**
 * The chosen milestone: titles, date with its evidence, participants with their roles, the
 * outlet and article date, and the quote highlighted in the article text. ←/→ step through the
 * milestones currently shown.
 */
import { useMemo, type KeyboardEvent } from 'react';
import type { Dataset } from '../../schema/dataset';
import { useShallow } from 'zustand/react/shallow';
import { formatPartialDate, useLang } from '../i18n';
import { useStore } from '../state/store';
import { indexPeople } from '../data/selectors';
import { safeHref } from '../data/safeUrl';
import { countryName, milestoneTitle, neighbours, personName, roleOn, roleTitle, STATUS_LABELS, TYPE_LABELS, visibleMilestones } from '../data/timelineSelectors';
import { ArticleQuote } from './ArticleQuote';
import { fill, STRINGS } from './strings';

export function DetailsPanel({ data }: { data: Dataset }) {
  const lang = useLang();
  const t = STRINGS[lang];
  const { from, to, leaders, selected } = useStore(useShallow((s) => ({ from: s.from, to: s.to, leaders: s.leaders, selected: s.milestone })));
  const select = useStore((s) => s.select);
  const shown = useMemo(() => visibleMilestones(data, { from, to, leaders }), [data, from, to, leaders]);
  const people = useMemo(() => indexPeople(data.people), [data.people]);
  const m = useMemo(() => data.milestones.find((x) => x.id === selected) ?? null, [data.milestones, selected]);
  const nb = neighbours(shown, selected);
  const article = m ? (data.articles.find((a) => a.id === m.articleId) ?? null) : null;

  const onKey = (e: KeyboardEvent) => {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (e.key === 'ArrowLeft' && nb.prev) select(nb.prev.id);
    else if (e.key === 'ArrowRight' && nb.next) select(nb.next.id);
    else if (e.key === 'Escape' && m) select(null);
    else return;
    e.preventDefault();
  };

  const other = lang === 'ru' ? 'en' : 'ru';
  const href = safeHref(article?.url ?? null);
  return (
    <section className="panel details" aria-labelledby="details-heading" onKeyDown={onKey}>
      <div className="panel-head">
        <h2 id="details-heading">{t.heading}</h2>
        {m && (
          <div className="toolbar">
            {nb.index >= 0 && <span className="muted">{fill(t.position, { i: nb.index + 1, n: shown.length })}</span>}
            <button type="button" onClick={() => nb.prev && select(nb.prev.id)} disabled={!nb.prev} aria-label={t.prev} title={t.prev}>
              ←
            </button>
            <button type="button" onClick={() => nb.next && select(nb.next.id)} disabled={!nb.next} aria-label={t.next} title={t.next}>
              →
            </button>
            <button type="button" onClick={() => select(null)} aria-label={t.close} title={t.close}>
              ×
            </button>
          </div>
        )}
      </div>
      {!m ? (
        <p className="muted">{t.none}</p>
      ) : (
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
                {m.dateEvidence}
              </div>
              {m.derived && (
                <div className="evidence">
                  <span className="muted">{t.derived}: </span>
                  {m.derived}
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
          <ArticleQuote article={article} quote={m.quote} offsets={m.offsets} loadingText={t.loading} errorText={t.textError} label={t.quote} />
          <p className="hint">{t.keys}</p>
        </article>
      )}
    </section>
  );
}
