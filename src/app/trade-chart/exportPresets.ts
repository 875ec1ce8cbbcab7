/** Slide presets for exports: the logical size of the SVG; PNGs are drawn at 2× or 4× of it. */

export type ExportShape = 'wide' | 'square';

/** 16:9 at 960×540 (1920×1080 at 2×) and a 720×720 square; type sized for a slide. */
export const EXPORT_PRESETS: Record<ExportShape, { width: number; height: number; fontSize: number }> = {
  wide: { width: 960, height: 540, fontSize: 16 },
  square: { width: 720, height: 720, fontSize: 16 },
};

/** Resolutions offered for PNGs. */
export const EXPORT_SCALES = [2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];
