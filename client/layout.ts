// What the canvas does around the force layout (server/canvas-layout/force-layout.ts): the zoom it makes room for, label room, widening.

/** The zoom whose labels the layout makes room for: about where the first fit of a seed-sized graph lands. */
export const LAYOUT_ZOOM = 0.7;

/** Room kept between drawn boxes once the layout has run; separation stops early once nothing overlaps. */
export const LABEL_ADJUST = { gap: 4, passes: 200 };

/** At most this much wider than the force layout drew it: more would read as a distortion rather than as room. */
const MAX_STRETCH = 1.4;

/**
 * How much to widen a finished layout so it fills a wide canvas: force layouts come out round, while the canvas
 * beside the details panel is landscape, and the spare width is exactly the room labels need.
 */
export function horizontalStretch(layout: { w: number; h: number }, canvas: { w: number; h: number }): number {
  if (layout.w <= 0 || layout.h <= 0 || canvas.h <= 0) return 1;
  const wanted = canvas.w / canvas.h / (layout.w / layout.h);
  return Math.min(MAX_STRETCH, Math.max(1, wanted));
}
