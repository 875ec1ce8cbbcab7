/**
 * The leader filter: a searchable multi-select (ARIA combobox with a listbox). Each person shows
 * country, role and number of milestones, so namesakes (the two Japarovs) stay distinct.
 */
import { memo, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lang } from '../state/url';
import { countryName, matchesPerson, personName, roleTitle, type LeaderOption } from '../data/timelineSelectors';
import { fill, STRINGS } from './strings';

export interface LeaderSelectProps {
  options: LeaderOption[];
  chosen: string[];
  onToggle: (id: string) => void;
  lang: Lang;
}

/**
 * Memoised: a year change re-renders the filter bar, but not this (its options follow the year
 * range only after it settles), so React does not re-apply the input's attributes every step.
 */
export const LeaderSelect = memo(function LeaderSelect({ options, chosen, onToggle, lang }: LeaderSelectProps) {
  const t = STRINGS[lang];
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => options.filter((o) => matchesPerson(o.person, query)), [options, query]);
  const byId = useMemo(() => new Map(options.map((o) => [o.person.id, o])), [options]);
  const activeOpt = open ? matches[Math.min(active, matches.length - 1)] : undefined;
  const optId = (pid: string) => `${id}-opt-${pid}`;

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive((a) => Math.max(0, Math.min(matches.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && open && activeOpt) {
      e.preventDefault();
      onToggle(activeOpt.person.id);
    } else if (e.key === 'Escape') {
      if (open) e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Backspace' && query === '' && chosen.length > 0) {
      onToggle(chosen[chosen.length - 1]!);
    }
  };

  return (
    <div className="leader-select">
      <label htmlFor={`${id}-input`}>{t.leader}</label>
      {chosen.length > 0 && (
        <ul className="chips">
          {chosen.map((pid) => {
            const o = byId.get(pid);
            const name = o ? personName(o.person, lang) : pid;
            return (
              <li key={pid}>
                <span>{name}</span>
                <button type="button" aria-label={fill(t.remove, { name })} onClick={() => onToggle(pid)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="combo">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeOpt ? optId(activeOpt.person.id) : undefined}
          placeholder={t.leaderPlaceholder}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKey}
        />
        <ul id={`${id}-list`} role="listbox" aria-label={t.people} aria-multiselectable="true" className="listbox" hidden={!open}>
          {open && matches.length === 0 && <li className="no-match">{t.noMatch}</li>}
          {/* Options exist only while the list is open: a closed list costs the first view nothing. */}
          {open && matches.map((o, i) => {
            const sel = chosen.includes(o.person.id);
            const role = [roleTitle(o.role, lang), countryName(o.person.country, lang)].filter(Boolean);
            return (
              <li
                key={o.person.id}
                id={optId(o.person.id)}
                role="option"
                aria-selected={sel}
                className={`${i === Math.min(active, matches.length - 1) ? 'active' : ''}${o.count === 0 ? ' zero' : ''}`}
                // Keep focus in the input while choosing with the pointer.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onToggle(o.person.id)}
                onMouseMove={() => setActive(i)}
              >
                <span className="check" aria-hidden="true">{sel ? '✓' : ''}</span>
                <span className="who">
                  <span className="name">{personName(o.person, lang)}</span>
                  <span className="role">{role.join(' · ')}</span>
                </span>
                <span className="n">{o.count === 1 ? t.milestone1 : fill(t.milestones, { n: o.count })}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
});
