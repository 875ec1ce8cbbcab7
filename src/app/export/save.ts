/** Handing a file to the user: download, or the clipboard where the browser allows images there. */

/** Starts a download of `blob` as `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** True when this browser can put a PNG on the clipboard. */
export const canCopyImage = (): boolean =>
  typeof ClipboardItem !== 'undefined' && typeof navigator !== 'undefined' && !!navigator.clipboard && typeof navigator.clipboard.write === 'function';

/** Puts a PNG on the clipboard; false when the browser refuses. */
export async function copyPng(blob: Promise<Blob>): Promise<boolean> {
  if (!canCopyImage()) return false;
  try {
    // Passing the promise keeps the user gesture alive in Safari while the PNG is drawn.
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return true;
  } catch {
    return false;
  }
}
