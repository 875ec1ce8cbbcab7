/** Buttons that take the chart away: embed, download PNG or SVG, copy the image, present. */
import { useState } from 'react';
import { fileName } from './fileName';
import { EXPORT_PRESETS, EXPORT_SCALES, type ExportScale, type ExportShape } from './exportPresets';
import { fill, STRINGS } from './strings';
import type { TradeView } from './useTradeView';

export interface TradeToolbarProps {
  view: TradeView;
  onStatus: (s: string) => void;
  onEmbed: () => void;
  onPresent: () => void;
}

export function TradeToolbar({ view, onStatus, onEmbed, onPresent }: TradeToolbarProps) {
  const t = STRINGS[view.lang];
  const [shape, setShape] = useState<ExportShape>('wide');
  const [scale, setScale] = useState<ExportScale>(2);
  const [busy, setBusy] = useState(false);

  const run = async (what: 'png' | 'svg' | 'copy') => {
    setBusy(true);
    onStatus(t.exporting);
    try {
      // The export code is loaded on the first click.
      const [{ withFigureSvg }, ex] = await Promise.all([import('./renderFigureSvg'), import('../export/exportImage')]);
      const preset = EXPORT_PRESETS[shape];
      const name = (ext: string) => fileName(['kg-ru-trade', view.text.title.match(/\d{4}(–\d{4})?$/)?.[0]?.replace('–', '-'), shape, view.lang, ext === 'png' ? `${scale}x` : null], ext);
      let message = '';
      await withFigureSvg(view, preset, async (svg) => {
        const req = { svg, width: preset.width, height: preset.height, title: view.text.title };
        if (what === 'svg') await ex.downloadSvg(req, name('svg'));
        else if (what === 'png') await ex.downloadPng(req, scale, name('png'));
        else message = (await ex.copyImage(req, scale)) ? t.copied : t.copyFailed;
      });
      onStatus(message);
    } catch (e) {
      onStatus(fill(t.exportFailed, { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="trade-toolbar" role="group" aria-label={t.heading}>
      <button type="button" onClick={onEmbed}>
        {t.embed}
      </button>
      <label>
        <span className="visually-hidden">{t.exportSize}</span>
        <select value={shape} onChange={(e) => setShape(e.target.value as ExportShape)}>
          <option value="wide">{t.wide}</option>
          <option value="square">{t.square}</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t.exportScale}</span>
        <select value={scale} onChange={(e) => setScale(Number(e.target.value) as ExportScale)}>
          {EXPORT_SCALES.map((s) => (
            <option key={s} value={s}>
              PNG {s}×
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void run('png')} disabled={busy}>
        {t.png}
      </button>
      <button type="button" onClick={() => void run('svg')} disabled={busy}>
        {t.svg}
      </button>
      {typeof ClipboardItem !== 'undefined' && (
        <button type="button" onClick={() => void run('copy')} disabled={busy}>
          {t.copyImage}
        </button>
      )}
      <button type="button" onClick={onPresent}>
        {t.present}
      </button>
    </div>
  );
}
