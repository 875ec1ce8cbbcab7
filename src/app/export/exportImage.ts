/**
 * Exports a rendered SVG element as an SVG file (text kept as text, fonts embedded) or a PNG at
 * 2× or 4×. Generic: it knows nothing about the chart that drew the element. Loaded on demand.
 */
import { fontFaceCss } from './fonts';
import { svgToPng } from './raster';
import { copyPng, downloadBlob } from './save';
import { standaloneSvg } from './svgFile';

export interface ExportRequest {
  svg: SVGSVGElement;
  /** Size of the SVG in CSS px. */
  width: number;
  height: number;
  /** Document title stored in the SVG. */
  title: string;
}

/** The standalone SVG text with the fonts it needs embedded. */
export async function svgText(r: ExportRequest): Promise<string> {
  const css = await fontFaceCss(r.svg.textContent ?? '');
  return standaloneSvg(r.svg, css, r.title);
}

/** Downloads the SVG file. */
export async function downloadSvg(r: ExportRequest, filename: string): Promise<void> {
  downloadBlob(new Blob([await svgText(r)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** The PNG at `scale`×. */
export async function pngBlob(r: ExportRequest, scale: number): Promise<Blob> {
  return svgToPng(await svgText(r), r.width, r.height, scale);
}

/** Downloads the PNG. */
export async function downloadPng(r: ExportRequest, scale: number, filename: string): Promise<void> {
  downloadBlob(await pngBlob(r, scale), filename);
}

/** Copies the PNG to the clipboard; false where the browser does not allow it. */
export function copyImage(r: ExportRequest, scale: number): Promise<boolean> {
  return copyPng(pngBlob(r, scale));
}

export { canCopyImage } from './save';
