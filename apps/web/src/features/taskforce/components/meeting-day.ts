import type { Locale } from '@open-proposals/domain';
import { formatDate } from '../../../shared/format-date';

/** A meeting's day (YYYY-MM-DD in Taiwan) in the reader's language. */
export const formatMeetingDay = (heldOn: string, locale: Locale): string => formatDate(`${heldOn}T00:00:00+08:00`, locale) || heldOn;
