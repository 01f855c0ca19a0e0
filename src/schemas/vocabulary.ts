/**
 * The fixed words of chart options, as plain lists: the option schemas (chartOptions.ts) check
 * them and the browser code reads them too, so this file imports nothing (no zod in a bundle).
 */

/** Timeline zoom presets: the first 12 hours, the first 48 hours, the whole incident. */
export const ZOOM_PRESETS = ['12h', '48h', 'all'] as const;
export type ZoomPreset = (typeof ZOOM_PRESETS)[number];

/** Dependency-map scenarios: the fire, the what-if with two data centers, nothing failed. */
export const PRESETS = ['fire', 'dual', 'none'] as const;
export type Preset = (typeof PRESETS)[number];

/** What the replay shows first: the dependency map or the timeline strip. */
export const REPLAY_VIEWS = ['map', 'timeline'] as const;
export type ReplayView = (typeof REPLAY_VIEWS)[number];
