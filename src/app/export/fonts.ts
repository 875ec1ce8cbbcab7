/**
 * The bundled Inter font as `@font-face` rules with data: URLs, so an exported SVG or PNG looks the
 * same on any machine. Only the subsets the text needs are embedded (Cyrillic for Russian).
 */
import cyr400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url';
import cyr600 from '@fontsource/inter/files/inter-cyrillic-600-normal.woff2?url';
import cyr700 from '@fontsource/inter/files/inter-cyrillic-700-normal.woff2?url';
import lat400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import lat600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import lat700 from '@fontsource/inter/files/inter-latin-700-normal.woff2?url';

/** The family name the chart's text asks for first. */
export const FONT_FAMILY = 'Inter';

const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const CYRILLIC_RANGE = 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116';

interface Face {
  url: string;
  weight: number;
  range: string;
}

/** The faces a text needs: Latin always, Cyrillic when the text has Cyrillic letters. */
export function facesFor(text: string): Face[] {
  const faces: Face[] = [
    { url: lat400, weight: 400, range: LATIN_RANGE },
    { url: lat600, weight: 600, range: LATIN_RANGE },
    { url: lat700, weight: 700, range: LATIN_RANGE },
  ];
  if (/[\u0400-\u04ff]/.test(text)) {
    faces.push({ url: cyr400, weight: 400, range: CYRILLIC_RANGE }, { url: cyr600, weight: 600, range: CYRILLIC_RANGE }, { url: cyr700, weight: 700, range: CYRILLIC_RANGE });
  }
  return faces;
}

async function toDataUrl(url: string, fetchImpl: typeof fetch): Promise<string> {
  if (url.startsWith('data:')) return url;
  const res = await fetchImpl(url);
  if (!res.ok) throw new Error(`font ${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(bin)}`;
}

/** `@font-face` CSS embedding the faces a text needs. */
export async function fontFaceCss(text: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const faces = facesFor(text);
  const urls = await Promise.all(faces.map((f) => toDataUrl(f.url, fetchImpl)));
  return faces
    .map((f, i) => `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${f.weight};font-display:block;src:url(${urls[i]}) format('woff2');unicode-range:${f.range};}`)
    .join('\n');
}
