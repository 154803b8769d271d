import { Injectable } from '@nestjs/common';
import type { AgencyRequestStatus, AgencyResponse, AgencyResponseExtension, AgencyResponseRequest } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';
import type { StoredResponsePoint } from './agency-response.orm-entity';

/** A request as the lists show it, before timeliness is worked out. */
export interface RequestRow {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly agencyId: string;
  readonly requestedAt: Date;
  readonly dueAt: Date;
  readonly status: string;
  readonly answeredAt: Date | null;
  readonly flaggedOverdue: boolean;
  readonly extensionCount: number;
}

export interface ProposalRequestRow extends RequestRow {
  readonly agency: { readonly code: string; readonly nameZhTw: string; readonly nameEn: string } | null;
  readonly points: StoredResponsePoint[] | null;
  readonly extensions: { previousDueAt: Date; newDueAt: Date; reason: string; createdAt: Date }[];
}

type RawRow = {
  id: string; proposal_id: string; proposal_title: string; agency_id: string; created_at: Date; due_at: Date; status: string;
  submitted_at: Date | null; flagged: boolean; extension_count: number;
};

const SELECT_REQUESTS = `
  SELECT r.id, r.proposal_id, p.title AS proposal_title, r.agency_id, r.created_at, r.due_at, r.status, s.submitted_at,
    EXISTS (SELECT 1 FROM overdue_flags f WHERE f.kind = 'agency_response' AND f.subject_id = r.id) AS flagged,
    (SELECT count(*)::int FROM agency_response_extensions e WHERE e.request_id = r.id) AS extension_count
  FROM agency_response_requests r
  JOIN proposals p ON p.id = r.proposal_id
  LEFT JOIN agency_responses s ON s.request_id = r.id`;

const toRow = (r: RawRow): RequestRow => ({
  id: r.id, proposalId: r.proposal_id, proposalTitle: r.proposal_title, agencyId: r.agency_id, requestedAt: new Date(r.created_at),
  dueAt: new Date(r.due_at), status: r.status, answeredAt: r.submitted_at === null ? null : new Date(r.submitted_at),
  flaggedOverdue: r.flagged, extensionCount: r.extension_count,
});

const isStatus = (value: string): value is AgencyRequestStatus => value === 'requested' || value === 'answered';

/** Response requests, their answers and extensions. */
@Injectable()
export class AgencyRequestsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The request, locked until the transaction ends so that two submissions or extensions run one after the other. */
  async lockForUpdate(id: string, manager: EntityManager): Promise<AgencyResponseRequest | null> {
    const [row] = await manager.query<{ id: string; proposal_id: string; agency_id: string; created_at: Date; due_at: Date; status: string }[]>(
      `SELECT id, proposal_id, agency_id, created_at, due_at, status FROM agency_response_requests WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (row === undefined) return null;
    if (!isStatus(row.status)) throw new Error(`agency_response_requests ${id} has unknown status ${row.status}`);
    const [{ count }] = await manager.query<[{ count: number }]>(`SELECT count(*)::int AS count FROM agency_response_extensions WHERE request_id = $1`, [id]);
    return { id: row.id, proposalId: row.proposal_id, agencyId: row.agency_id, requestedAt: new Date(row.created_at), dueAt: new Date(row.due_at), status: row.status, extensionCount: count };
  }

  async saveResponse(request: AgencyResponseRequest, response: AgencyResponse, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO agency_responses (request_id, points, submitted_by, submitted_at) VALUES ($1, $2::jsonb, $3, $4)`, [
      response.requestId, JSON.stringify(response.points), response.submittedBy, response.submittedAt,
    ]);
    await manager.query(`UPDATE agency_response_requests SET status = $2 WHERE id = $1`, [request.id, request.status]);
  }

  async saveExtension(request: AgencyResponseRequest, extension: AgencyResponseExtension, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO agency_response_extensions (request_id, previous_due_at, new_due_at, reason, granted_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [extension.requestId, extension.previousDueAt, extension.newDueAt, extension.reason, extension.grantedBy, extension.createdAt],
    );
    await manager.query(`UPDATE agency_response_requests SET due_at = $2 WHERE id = $1`, [request.id, request.dueAt]);
  }

  /** An agency inbox: soonest due first (served by idx_agency_response_requests_agency_due). */
  async forAgencies(agencyIds: readonly string[], page: number, pageSize: number): Promise<{ items: RequestRow[]; total: number }> {
    const rows = await this.dataSource.query<RawRow[]>(`${SELECT_REQUESTS} WHERE r.agency_id = ANY($1::uuid[]) ORDER BY r.due_at, r.id LIMIT $2 OFFSET $3`, [
      [...agencyIds], pageSize, (page - 1) * pageSize,
    ]);
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM agency_response_requests WHERE agency_id = ANY($1::uuid[])`,
      [[...agencyIds]],
    );
    return { items: rows.map(toRow), total };
  }

  async proposalIsPublic(proposalId: string): Promise<boolean> {
    const rows = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM proposals WHERE id = $1 AND status = ANY($2::text[])`, [proposalId, [...PUBLIC_STATUSES]]);
    return rows.length > 0;
  }

  /** Every request of a proposal with its agency, answer and extensions, in due-date order. */
  async forProposal(proposalId: string): Promise<ProposalRequestRow[]> {
    const rows = await this.dataSource.query<(RawRow & { code: string | null; name_zh_tw: string | null; name_en: string | null; points: StoredResponsePoint[] | null })[]>(
      `SELECT q.*, a.code, a.name_zh_tw, a.name_en, s.points FROM (${SELECT_REQUESTS} WHERE r.proposal_id = $1) q
       LEFT JOIN agencies a ON a.id = q.agency_id
       LEFT JOIN agency_responses s ON s.request_id = q.id
       ORDER BY q.due_at, q.id`,
      [proposalId],
    );
    const extensions = await this.dataSource.query<{ request_id: string; previous_due_at: Date; new_due_at: Date; reason: string; created_at: Date }[]>(
      `SELECT e.request_id, e.previous_due_at, e.new_due_at, e.reason, e.created_at FROM agency_response_extensions e
       JOIN agency_response_requests r ON r.id = e.request_id WHERE r.proposal_id = $1 ORDER BY e.created_at, e.id`,
      [proposalId],
    );
    return rows.map((r) => ({
      ...toRow(r),
      agency: r.code === null ? null : { code: r.code, nameZhTw: r.name_zh_tw ?? '', nameEn: r.name_en ?? '' },
      points: r.points,
      extensions: extensions
        .filter((e) => e.request_id === r.id)
        .map((e) => ({ previousDueAt: new Date(e.previous_due_at), newDueAt: new Date(e.new_due_at), reason: e.reason, createdAt: new Date(e.created_at) })),
    }));
  }
}
