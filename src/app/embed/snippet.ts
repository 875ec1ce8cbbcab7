/** The `<iframe>` snippet for embedding the chart: the embed page's URL for a view, and safe HTML. */
import { serializeQuery, type ViewQuery } from '../state/url';

/** The embed page's address for a view; selection is left out, the filters, language and theme kept. */
export function embedSrc(base: string, q: Omit<ViewQuery, 'milestone'>): string {
  return new URL(`embed.html${serializeQuery({ ...q, milestone: null })}`, base).href;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A responsive iframe: full width up to `width`, fixed `height`, with a title for screen readers. */
export function iframeSnippet({ src, title, width = 800, height = 520 }: { src: string; title: string; width?: number; height?: number }): string {
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px;height:${height}px" loading="lazy"></iframe>`;
}
