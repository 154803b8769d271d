import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OverdueKind } from './overdue-flag.orm-entity';

/** An in_review proposal that may be past its review clock; the domain's working-day clock decides. */
export interface ReviewCandidate {
  readonly proposalId: string;
  readonly submittedAt: Date;
  readonly reviewWorkingDays: number;
}

export interface OverdueFlag {
  readonly kind: OverdueKind;
  readonly proposalId: string;
  readonly subjectId: string;
  readonly dueAt: Date;
}

/** The sweeper's queries. Proposal state changes go through ProposalCommands, never through here. */
@Injectable()
export class DeadlinesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Open proposals whose window has closed (served by idx_proposals_status_deadline). */
  async openPastDeadline(now: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM proposals WHERE status = 'open' AND cosign_deadline <= $1 ORDER BY cosign_deadline LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Proposals that reached the threshold, whose window has closed but whose co-signing is still open. */
  async thresholdReachedPastDeadline(now: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM proposals
       WHERE status = 'threshold_reached' AND cosign_deadline <= $1 AND cosigning_closed_at IS NULL
       ORDER BY cosign_deadline LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * In-review proposals not yet flagged for their current submission and at least N calendar
   * days old: N working days always span at least N calendar days, so nothing overdue is
   * missed and the domain's clock makes the exact call. A flag due after the submission can
   * only belong to this submission (an earlier one was flagged before it was returned).
   */
  async reviewCandidates(now: Date, limit: number): Promise<ReviewCandidate[]> {
    const rows = await this.dataSource.query<{ id: string; submitted_at: Date; review_working_days: number }[]>(
      `SELECT p.id, p.submitted_at, c.review_working_days
       FROM proposals p JOIN participation_cycles c ON c.id = p.cycle_id
       WHERE p.status = 'in_review'
         AND p.submitted_at <= $1::timestamptz - make_interval(days => c.review_working_days)
         AND NOT EXISTS (
           SELECT 1 FROM overdue_flags f WHERE f.kind = 'review' AND f.subject_id = p.id AND f.due_at > p.submitted_at)
       ORDER BY p.submitted_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => ({ proposalId: r.id, submittedAt: new Date(r.submitted_at), reviewWorkingDays: r.review_working_days }));
  }

  /**
   * Agency response requests still unanswered ('requested') past their due date and not yet
   * flagged for that date (an extension sets a new date, which may be flagged again).
   * NOTE: routing's index is (agency_id, due_at); a partial index on (due_at) WHERE status =
   * 'requested' would serve this query directly once the table grows (routing owns it).
   */
  async overdueAgencyResponses(now: Date, limit: number): Promise<OverdueFlag[]> {
    const rows = await this.dataSource.query<{ id: string; proposal_id: string; due_at: Date }[]>(
      `SELECT r.id, r.proposal_id, r.due_at FROM agency_response_requests r
       WHERE r.status = 'requested' AND r.due_at <= $1
         AND NOT EXISTS (
           SELECT 1 FROM overdue_flags f WHERE f.kind = 'agency_response' AND f.subject_id = r.id AND f.due_at = r.due_at)
       ORDER BY r.due_at LIMIT $2`,
      [now, limit],
    );
    return rows.map((r) => ({ kind: 'agency_response', proposalId: r.proposal_id, subjectId: r.id, dueAt: new Date(r.due_at) }));
  }

  /** Records a missed deadline once; answers whether this call recorded it. */
  async flag(flag: OverdueFlag, flaggedAt: Date): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO overdue_flags (kind, proposal_id, subject_id, due_at, flagged_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (kind, subject_id, due_at) DO NOTHING RETURNING id`,
      [flag.kind, flag.proposalId, flag.subjectId, flag.dueAt, flaggedAt],
    );
    return rows.length === 1;
  }
}
