/** One blackout as typed into the form: Taipei days and both reasons. */
export interface BlackoutDraft {
  readonly key: string;
  readonly startDay: string;
  readonly resumeDay: string;
  readonly reasonZhTw: string;
  readonly reasonEn: string;
}

export interface CycleSettingsDraft {
  readonly threshold: string;
  readonly cosignWindowDays: string;
  readonly blackouts: readonly BlackoutDraft[];
}

export type DraftErrorKey = `admin.cycle.errors.${'wholeNumber' | 'dateRequired' | 'resumeAfterStart' | 'reasonRequired'}`;

/** Field (named as the API names it) → translation key of the problem. */
export type DraftErrors = Readonly<Partial<Record<string, DraftErrorKey>>>;

const isPositiveWhole = (value: string): boolean => /^\d+$/.test(value.trim()) && Number(value) >= 1;

/** The checks the API would make, done first so the admin gets answers without a round trip. */
export const validateCycleDraft = (draft: CycleSettingsDraft): DraftErrors => {
  const errors: Record<string, DraftErrorKey> = {};
  if (!isPositiveWhole(draft.threshold)) errors['threshold'] = 'admin.cycle.errors.wholeNumber';
  if (!isPositiveWhole(draft.cosignWindowDays)) errors['cosignWindowDays'] = 'admin.cycle.errors.wholeNumber';
  draft.blackouts.forEach((b, i) => {
    const at = `blackoutPeriods.${i}`;
    if (b.startDay === '') errors[`${at}.startsAt`] = 'admin.cycle.errors.dateRequired';
    if (b.resumeDay === '') errors[`${at}.endsAt`] = 'admin.cycle.errors.dateRequired';
    else if (b.startDay !== '' && b.resumeDay <= b.startDay) errors[`${at}.endsAt`] = 'admin.cycle.errors.resumeAfterStart';
    if (b.reasonZhTw.trim() === '') errors[`${at}.reasonZhTw`] = 'admin.cycle.errors.reasonRequired';
    if (b.reasonEn.trim() === '') errors[`${at}.reasonEn`] = 'admin.cycle.errors.reasonRequired';
  });
  return errors;
};
