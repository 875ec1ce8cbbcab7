/** Tells the user which URL values were dropped, instead of failing silently. */
import { useStore } from '../state/store';
import { useStrings, type Strings } from '../i18n';

const STRINGS: Strings<'dropped' | 'dismiss' | 'invalid' | 'unknown' | 'swapped' | 'out-of-range'> = {
  en: { dropped: 'Some link parameters were ignored:', dismiss: 'Dismiss', invalid: 'not valid', unknown: 'not in the data', swapped: 'range reversed, swapped', 'out-of-range': 'out of range' },
  ru: { dropped: 'Некоторые параметры ссылки пропущены:', dismiss: 'Скрыть', invalid: 'неверное значение', unknown: 'нет в данных', swapped: 'диапазон перевёрнут', 'out-of-range': 'вне диапазона' },
};

/** A dismissible notice listing dropped parameters. */
export function Notices() {
  const notices = useStore((s) => s.notices);
  const dismiss = useStore((s) => s.dismissNotices);
  const t = useStrings(STRINGS);
  if (notices.length === 0) return null;
  return (
    <div role="status" className="notice">
      <span>{t.dropped}</span>
      <ul>
        {notices.slice(0, 8).map((n, i) => (
          <li key={i}>
            <code>{n.param}={n.value.length > 40 ? `${n.value.slice(0, 40)}…` : n.value}</code> — {t[n.reason]}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>{t.dismiss}</button>
    </div>
  );
}
