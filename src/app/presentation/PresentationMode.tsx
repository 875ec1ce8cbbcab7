/**
 * Full-screen presentation: large type, the arrow keys step through an ordered list (the
 * milestones) while the content highlights each, Esc leaves. Generic: the caller draws the content
 * for the size this overlay measures and the active step.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../state/url';
import { useSize } from '../viz/useSize';
import { stepFor } from './steps';
import './presentation.css';

export interface PresentationStep {
  id: string;
  /** Large caption, e.g. the milestone's title. */
  label: string;
  /** Smaller line, e.g. its date and place. */
  detail: string;
}

export interface PresentationModeProps {
  title: string;
  steps: PresentationStep[];
  lang: Lang;
  onStep: (id: string | null) => void;
  onClose: () => void;
  children: (size: { width: number; height: number }, activeId: string | null) => ReactNode;
}

const STRINGS = {
  en: { help: '← → step through the milestones · Esc to leave', step: 'Milestone {i} of {n}', close: 'Leave presentation', none: 'No milestones in this view.' },
  ru: { help: '← → переход по событиям · Esc — выход', step: 'Событие {i} из {n}', close: 'Выйти из презентации', none: 'В этом виде нет событий.' },
};

export function PresentationMode({ title, steps, lang, onStep, onClose, children }: PresentationModeProps) {
  const t = STRINGS[lang];
  const root = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [ref, size] = useSize<HTMLDivElement>();
  const active = steps[index] ?? null;

  useEffect(() => {
    onStep(active?.id ?? null);
  }, [active, onStep]);

  useEffect(() => {
    const el = root.current;
    const before = document.activeElement as HTMLElement | null;
    el?.focus();
    let entered = false;
    el?.requestFullscreen?.().then(
      () => {
        entered = true;
      },
      () => undefined,
    );
    // Esc in full screen is taken by the browser: leaving full screen leaves the presentation.
    const onFs = () => {
      if (entered && !document.fullscreenElement) onClose();
    };
    document.addEventListener('fullscreenchange', onFs);
    return () => {
      document.removeEventListener('fullscreenchange', onFs);
      if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
      onStep(null);
      before?.focus?.();
    };
  }, [onClose, onStep]);

  return (
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={title}
      tabIndex={-1}
      onKeyDown={(e) => {
        const a = stepFor(e.key, index, steps.length);
        if (!a) return;
        e.preventDefault();
        if (a.type === 'exit') onClose();
        else setIndex(a.index);
      }}
    >
      <div className="presentation-stage" ref={ref}>
        {size.width > 0 && size.height > 0 && children(size, active?.id ?? null)}
      </div>
      <div className="presentation-caption" aria-live="polite">
        {active ? (
          <>
            <p className="presentation-count">{t.step.replace('{i}', String(index + 1)).replace('{n}', String(steps.length))}</p>
            <p className="presentation-label">{active.label}</p>
            <p className="presentation-detail">{active.detail}</p>
          </>
        ) : (
          <p className="presentation-label">{t.none}</p>
        )}
      </div>
      <p className="presentation-help">
        {t.help}{' '}
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </div>
  );
}
