import type { CompletionBucket } from '../api/stats-api';

/**
 * Chart colours, each at least 3:1 against the white card (WCAG 1.4.11 for graphics); the data
 * tables and text labels carry every number, so no chart depends on colour alone.
 */
export const SERIES_COLOURS = ['#0b4f6c', '#b3400a', '#5b3a8c', '#1e6b35', '#8a1c5a', '#4a5560'] as const;

/** Line styles, so curves differ by more than colour. */
export const SERIES_DASHES = ['', '6 3', '2 3', '10 4 2 4', '1 5', '12 3'] as const;

export const PRIMARY = SERIES_COLOURS[0];
export const THRESHOLD_COLOUR = '#8a1c12';
export const AXIS_TEXT = '#4a5560';

/** An ordinal scale from no evidence (grey-red) to complete (green); "unassessed" is a neutral grey. */
export const COMPLETION_COLOURS: Record<CompletionBucket, string> = {
  no_evidence: '#5c5c5c',
  not_started: '#a4262c',
  limited: '#b3400a',
  substantial: '#0b6e99',
  complete: '#1e6b35',
  unassessed: '#767676',
};

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length] ?? PRIMARY;
export const seriesDash = (index: number): string => SERIES_DASHES[index % SERIES_DASHES.length] ?? '';
