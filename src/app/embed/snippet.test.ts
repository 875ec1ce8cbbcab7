import { describe, expect, it } from 'vitest';
import { embedSrc, iframeSnippet } from './snippet';

const base = 'https://example.org/timeline/index.html';
const q = { from: null, to: null, leaders: [] as string[], lang: null, theme: null };

describe('embedSrc', () => {
  it.each([
    ['no filters', q, 'https://example.org/timeline/embed.html'],
    ['years, leaders, language and theme', { from: 2018, to: 2025, leaders: ['japarov', 'putin'], lang: 'ru', theme: 'dark' }, 'https://example.org/timeline/embed.html?from=2018&to=2025&leader=japarov&leader=putin&lang=ru&theme=dark'],
    ['the automatic theme is left out', { ...q, theme: 'auto' }, 'https://example.org/timeline/embed.html'],
  ] as const)('%s', (_, view, url) => expect(embedSrc(base, { ...view, leaders: [...view.leaders] })).toBe(url));
});

describe('iframeSnippet', () => {
  it('has a title, a size and no border', () => {
    const s = iframeSnippet({ src: 'https://e.org/embed.html?from=2018&to=2020', title: 'Trade, 2018–2020' });
    expect(s).toMatch(/^<iframe src="https:\/\/e\.org\/embed\.html\?from=2018&amp;to=2020" title="Trade, 2018–2020" width="800" height="520"/);
    expect(s).toContain('border:0');
    expect(s).toContain('max-width:800px');
  });
  it('escapes quotes and angle brackets', () => {
    expect(iframeSnippet({ src: 'x', title: '"><script>' })).toContain('title="&quot;&gt;&lt;script&gt;"');
  });
});
