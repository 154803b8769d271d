import { Injectable } from '@nestjs/common';
import { changeCycleSettings, type Actor, type CycleSettingsChange, type ParticipationRules } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { Clock } from '../common/time/clock';
import { toCycleFieldErrors } from './cycle-settings-errors';
import { CycleSettingsRepository, type CycleSettings } from './cycle-settings.repository';

/** The audited part of the rules: what this action may change. */
const snapshot = (rules: ParticipationRules): { threshold: number; cosignWindowDays: number; blackoutPeriods: { startsAt: string; endsAt: string; reason: { 'zh-TW': string; en: string } }[] } => ({
  threshold: rules.threshold,
  cosignWindowDays: rules.cosignWindowDays,
  blackoutPeriods: rules.blackoutPeriods.map((p) => ({ startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString(), reason: { 'zh-TW': p.reason['zh-TW'], en: p.reason.en } })),
});

/** Admin: change the current cycle's threshold, co-sign window or blackouts, audited. */
@Injectable()
export class ChangeCycleSettingsService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly cycles: CycleSettingsRepository,
    private readonly clock: Clock,
  ) {}

  change(actor: Actor, change: CycleSettingsChange): Promise<CycleSettings> {
    return this.transactions.run(async (tx) => {
      const cycle = await this.cycles.current(tx.manager, true);
      if (cycle === null) throw new ApiException('no_open_cycle');
      const result = changeCycleSettings(cycle.rules, change, { openProposals: cycle.openProposals });
      if (!result.ok) {
        const fieldErrors = toCycleFieldErrors(result.error);
        // Only a raise blocked by open proposals is a conflict with the cycle's state; anything else is bad input.
        const onlyConflict = result.error.every((e) => e.code === 'cycle.threshold_raise_while_open');
        throw new ApiException(onlyConflict ? 'cycle_threshold_raise_while_open' : 'validation_failed', fieldErrors);
      }
      await this.cycles.saveRules(cycle.id, result.value, tx.manager);
      await tx.audit([{
        actorId: actor.id,
        action: 'participation_cycle.change_settings',
        subjectType: 'participation_cycle',
        subjectId: cycle.id,
        before: snapshot(cycle.rules),
        after: snapshot(result.value),
        reason: null,
        occurredAt: this.clock.now(),
      }]);
      const saved = await this.cycles.current(tx.manager);
      if (saved === null) throw new ApiException('no_open_cycle');
      return saved;
    });
  }
}
