import { Injectable, Logger } from '@nestjs/common';
import { closeCosigning, expireProposal, isReviewOverdue, reviewDueAt } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { DomainException } from '../common/errors/domain.exception';
import { JobQueue } from '../common/queue/job-queue.service';
import { Clock } from '../common/time/clock';
import { ProposalCommands } from '../proposals/proposal-commands';
import { DeadlinesRepository } from './deadlines.repository';

/** What happened at a co-sign window's end. */
export type WindowEndOutcome =
  | { readonly kind: 'expired' }
  | { readonly kind: 'cosigning_closed' }
  | { readonly kind: 'nothing_to_do'; readonly reason: string };

export interface SweepReport {
  readonly expired: number;
  readonly cosigningClosed: number;
  readonly reviewsFlagged: number;
  readonly responsesFlagged: number;
}

/** How many proposals of each kind one sweep handles; the next minute's sweep takes the rest. */
export const SWEEP_BATCH = 500;

/** BullMQ refuses custom ids containing ':' (they would clash with its repeat-job ids), hence '-'. */
export const windowEndJobId = (proposalId: string): string => `window-end-${proposalId}`;

/**
 * Domain refusals that mean the deadline has nothing left to do (already expired or closed,
 * withdrawn, not yet due): the job is done and must not be retried.
 */
const NOTHING_TO_DO = new Set(['proposal.invalid_transition', 'proposal.cosigning_closed', 'proposal.window_not_closed', 'proposal.threshold_met']);

const nothingToDoReason = (error: unknown): string | null => {
  if (error instanceof DomainException && NOTHING_TO_DO.has(error.error.code)) return error.error.code;
  if (error instanceof ApiException && error.code === 'not_found') return 'not_found';
  return null;
};

/**
 * Deadlines of the proposal lifecycle: the co-sign window's end (a delayed job per proposal,
 * with a sweeper every minute as a backstop) and the overdue flags. Every proposal change goes
 * through ProposalCommands, so it is audited and published like any other.
 */
@Injectable()
export class DeadlinesService {
  private readonly logger = new Logger(DeadlinesService.name);

  constructor(
    private readonly commands: ProposalCommands,
    private readonly deadlines: DeadlinesRepository,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Adds the delayed window-end job; the fixed job id makes a re-delivered ProposalPublished a no-op. */
  async scheduleWindowEnd(proposalId: string, deadline: Date): Promise<void> {
    const delay = Math.max(0, deadline.getTime() - this.clock.now().getTime());
    await this.jobs.add('deadlines.cosign_window_end', { proposalId }, { jobId: windowEndJobId(proposalId), delay });
  }

  /**
   * At or after the deadline: an open proposal (below its threshold) expires, one that reached
   * it keeps its status and only its co-signing closes. The status is read under the row lock
   * inside ProposalCommands, so a co-sign reaching the threshold at the last second is seen.
   */
  async closeWindow(proposalId: string): Promise<WindowEndOutcome> {
    const now = this.clock.now();
    try {
      const after = await this.commands.apply(proposalId, (proposal, rules) =>
        proposal.status === 'open' ? expireProposal(proposal, rules, now) : closeCosigning(proposal, now),
      );
      return after.status === 'expired' ? { kind: 'expired' } : { kind: 'cosigning_closed' };
    } catch (error) {
      const reason = nothingToDoReason(error);
      if (reason === null) throw error;
      // Only reachable if an admin lowered the threshold mid-window: a person must decide, so say so loudly.
      if (reason === 'proposal.threshold_met') this.logger.warn({ proposalId }, 'open proposal above its threshold at window end');
      return { kind: 'nothing_to_do', reason };
    }
  }

  /**
   * The backstop: whatever a lost delayed job missed, within a minute. Safe to run on several
   * replicas at once: each change locks its row, and the domain refuses the second attempt.
   */
  async sweep(): Promise<SweepReport> {
    const now = this.clock.now();
    const ids = [
      ...(await this.deadlines.openPastDeadline(now, SWEEP_BATCH)),
      ...(await this.deadlines.thresholdReachedPastDeadline(now, SWEEP_BATCH)),
    ];
    let expired = 0;
    let cosigningClosed = 0;
    const failures: unknown[] = [];
    for (const id of ids) {
      // One broken proposal must not hold back the others; the sweep reports it failed at the end.
      try {
        const outcome = await this.closeWindow(id);
        if (outcome.kind === 'expired') expired += 1;
        if (outcome.kind === 'cosigning_closed') cosigningClosed += 1;
      } catch (error) {
        this.logger.error({ proposalId: id, err: error }, 'could not close a co-sign window');
        failures.push(error);
      }
    }
    const reviewsFlagged = await this.flagOverdueReviews(now);
    const responsesFlagged = await this.flagOverdueAgencyResponses(now);
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} co-sign window(s) could not be closed`);
    return { expired, cosigningClosed, reviewsFlagged, responsesFlagged };
  }

  /** Flags reviews past the review clock, computed by the domain's working-day clock (Taipei). */
  private async flagOverdueReviews(now: Date): Promise<number> {
    let flagged = 0;
    for (const candidate of await this.deadlines.reviewCandidates(now, SWEEP_BATCH)) {
      const rules = { reviewWorkingDays: candidate.reviewWorkingDays };
      // No holiday calendar is configured yet; weekends are always non-working.
      if (!isReviewOverdue(candidate.submittedAt, rules, now)) continue;
      const dueAt = reviewDueAt(candidate.submittedAt, rules);
      const recorded = await this.deadlines.flag(
        { kind: 'review', proposalId: candidate.proposalId, subjectId: candidate.proposalId, dueAt },
        now,
      );
      if (recorded) flagged += 1;
    }
    return flagged;
  }

  /** Flags agency responses past their due date (DOMAIN.md: overdue responses are flagged publicly). */
  private async flagOverdueAgencyResponses(now: Date): Promise<number> {
    let flagged = 0;
    for (const overdue of await this.deadlines.overdueAgencyResponses(now, SWEEP_BATCH)) {
      if (await this.deadlines.flag(overdue, now)) flagged += 1;
    }
    return flagged;
  }
}
