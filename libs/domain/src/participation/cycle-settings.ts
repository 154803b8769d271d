import { err, ok, type Result } from '../shared/result';
import type { DomainError } from '../shared/domain-error';
import { validateParticipationRules, type BlackoutPeriod, type ParticipationRules, type ParticipationRulesError } from './participation-rules';

/** What an admin may change on the current cycle from the settings screen; absent fields stay. */
export interface CycleSettingsChange {
  readonly threshold?: number;
  readonly cosignWindowDays?: number;
  readonly blackoutPeriods?: readonly BlackoutPeriod[];
}

/** How the cycle stands when the change is asked for: proposals still collecting co-signs. */
export interface CycleSettingsContext {
  readonly openProposals: number;
}

export type CycleSettingsErrorCode = 'cycle.threshold_raise_while_open';
export type CycleSettingsError = ParticipationRulesError | DomainError<CycleSettingsErrorCode>;

/**
 * Applies an admin's change to a cycle's rules. What each setting means for proposals
 * already open:
 * - threshold: read from the cycle at every co-sign, so it applies to open proposals at once.
 *   Lowering it is allowed (a proposal already above it moves at its next co-sign, and never
 *   expires silently; see proposal-cosigning). Raising it while proposals are collecting
 *   co-signs is refused: citizens co-signed towards the number shown to them, and the domain
 *   has no rule for moving that goalpost.
 * - cosignWindowDays: a proposal's deadline is fixed when it is published, so a new length
 *   applies only to proposals published afterwards.
 * - blackoutPeriods: checked at every submission and co-sign, so they apply from now on, to
 *   every proposal.
 */
export const changeCycleSettings = (
  current: ParticipationRules,
  change: CycleSettingsChange,
  context: CycleSettingsContext,
): Result<ParticipationRules, readonly CycleSettingsError[]> => {
  const next: ParticipationRules = {
    ...current,
    ...(change.threshold === undefined ? {} : { threshold: change.threshold }),
    ...(change.cosignWindowDays === undefined ? {} : { cosignWindowDays: change.cosignWindowDays }),
    ...(change.blackoutPeriods === undefined ? {} : { blackoutPeriods: change.blackoutPeriods }),
  };
  const validated = validateParticipationRules(next);
  const errors: CycleSettingsError[] = validated.ok ? [] : [...validated.error];
  if (Number.isInteger(next.threshold) && next.threshold > current.threshold && context.openProposals > 0) {
    errors.push({ code: 'cycle.threshold_raise_while_open', details: { field: 'threshold', openProposals: context.openProposals } });
  }
  return errors.length === 0 ? ok(next) : err(errors);
};
