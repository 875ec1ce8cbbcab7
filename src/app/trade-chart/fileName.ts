/** A download's file name from words: `kg-ru-trade-2015-2025-wide-en-2x.png`. */
export function fileName(parts: (string | number | null | undefined)[], ext: string): string {
  const base = parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'chart'}.${ext}`;
}
