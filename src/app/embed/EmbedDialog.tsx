/** A modal dialog with the ready `<iframe>` snippet; copies it to the clipboard on opening. */
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../state/url';
import './embedDialog.css';
import { EMBED_STRINGS } from './strings';

export interface EmbedDialogProps {
  snippet: string;
  src: string;
  lang: Lang;
  onClose: () => void;
}

export function EmbedDialog({ snippet, src, lang, onClose }: EmbedDialogProps) {
  const t = EMBED_STRINGS[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus(t.copied);
    } catch {
      code.current?.focus();
      code.current?.select();
      setStatus(t.copyByHand);
    }
  };

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal?.();
    code.current?.select();
    void copy();
    const close = () => onClose();
    d.addEventListener('close', close);
    return () => d.removeEventListener('close', close);
    // Copy once when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
      <h2 id="embed-dialog-title">{t.dialogTitle}</h2>
      <p>{t.intro}</p>
      <label htmlFor="embed-code">{t.code}</label>
      <textarea id="embed-code" ref={code} readOnly rows={5} value={snippet} onFocus={(e) => e.currentTarget.select()} />
      <p role="status" aria-live="polite" className="embed-status">
        {status}
      </p>
      <div className="embed-actions">
        <a href={src} target="_blank" rel="noopener noreferrer">
          {t.preview}
        </a>
        <button type="button" onClick={() => void copy()}>
          {t.copy}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
