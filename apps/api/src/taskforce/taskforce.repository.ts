import { Injectable } from '@nestjs/common';
import type { AgendaSubject, ReviewItemStatus, TaskforceDecision, TaskforceMeeting } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';

export interface InboxRow {
  readonly reviewItemId: string;
  readonly openedAt: Date;
  readonly proposal: { readonly id: string; readonly title: string; readonly areaCode: string; readonly cosignCount: number; readonly routedAt: Date | null; readonly agencyIds: string[] };
}

export interface AgendaRow {
  readonly id: string;
  readonly position: number;
  readonly reviewItemId: string | null;
  readonly commitmentId: string | null;
  /** The proposal's title, or the commitment's zh-TW title: what the agenda reads aloud. */
  readonly title: string;
  /** For a routed proposal: its id and whether the task force has decided it yet, so the agenda can offer the decision. */
  readonly proposalId: string | null;
  readonly reviewStatus: ReviewItemStatus | null;
}

export interface MeetingSummaryRow {
  readonly id: string;
  readonly heldOn: string;
  readonly title: string;
  readonly agendaItems: number;
}

export type MeetingsWhen = 'upcoming' | 'past';

/** The task force's tables: review items, decisions, meetings and agendas. */
@Injectable()
export class TaskforceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Open items, oldest first: the task force takes proposals in the order they were routed. */
  async inbox(page: number, pageSize: number): Promise<{ items: InboxRow[]; total: number }> {
    const rows = await this.dataSource.query<
      { id: string; created_at: Date; proposal_id: string; title: string; area_code: string; cosign_count: number; routed_at: Date | null; routed_agency_ids: string[]; total: string }[]
    >(
      `SELECT r.id, r.created_at, p.id AS proposal_id, p.title, p.area_code, p.cosign_count, p.routed_at, p.routed_agency_ids,
              count(*) OVER () AS total
         FROM taskforce_review_items r JOIN proposals p ON p.id = r.proposal_id
        WHERE r.status = 'open'
        ORDER BY r.created_at, r.id
        LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM taskforce_review_items WHERE status = 'open'`))[0].n);
    return {
      total,
      items: rows.map((r) => ({
        reviewItemId: r.id,
        openedAt: r.created_at,
        proposal: { id: r.proposal_id, title: r.title, areaCode: r.area_code, cosignCount: r.cosign_count, routedAt: r.routed_at, agencyIds: r.routed_agency_ids },
      })),
    };
  }

  /** Locks the item: two members deciding at once are serialised, and the second sees it decided. */
  async reviewItemForUpdate(id: string, manager: EntityManager): Promise<{ id: string; proposalId: string; status: ReviewItemStatus } | null> {
    const rows = await manager.query<{ id: string; proposal_id: string; status: string }[]>(
      'SELECT id, proposal_id, status FROM taskforce_review_items WHERE id = $1 FOR UPDATE',
      [id],
    );
    const row = rows[0];
    if (row === undefined) return null;
    return { id: row.id, proposalId: row.proposal_id, status: row.status === 'open' ? 'open' : 'decided' };
  }

  async saveDecision(decision: TaskforceDecision, commitmentId: string | null, manager: EntityManager): Promise<string> {
    const { government: g, civil: c } = decision.votes;
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO taskforce_decisions (review_item_id, proposal_id, outcome, rationale, government_for, government_against, government_abstain,
                                        civil_for, civil_against, civil_abstain, commitment_id, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [decision.reviewItemId, decision.proposalId, decision.outcome, decision.rationale, g.for, g.against, g.abstain, c.for, c.against, c.abstain, commitmentId, decision.decidedBy, decision.decidedAt],
    );
    await manager.query(`UPDATE taskforce_review_items SET status = 'decided' WHERE id = $1`, [decision.reviewItemId]);
    return rows[0].id;
  }

  async insertMeeting(meeting: TaskforceMeeting): Promise<void> {
    await this.dataSource.query('INSERT INTO taskforce_meetings (id, held_on, title) VALUES ($1, $2, $3)', [meeting.id, meeting.heldOn, meeting.title]);
  }

  async meeting(id: string): Promise<{ meeting: TaskforceMeeting; agenda: AgendaRow[] } | null> {
    const rows = await this.dataSource.query<{ id: string; held_on: string; title: string }[]>(
      `SELECT id, to_char(held_on, 'YYYY-MM-DD') AS held_on, title FROM taskforce_meetings WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const agenda = await this.dataSource.query<
      { id: string; position: number; review_item_id: string | null; commitment_id: string | null; title: string; proposal_id: string | null; review_status: string | null }[]
    >(
      `SELECT a.id, a.position, a.review_item_id, a.commitment_id, COALESCE(p.title, c.title_zh_tw) AS title, p.id AS proposal_id, r.status AS review_status
         FROM meeting_agenda_items a
         LEFT JOIN taskforce_review_items r ON r.id = a.review_item_id
         LEFT JOIN proposals p ON p.id = r.proposal_id
         LEFT JOIN commitments c ON c.id = a.commitment_id
        WHERE a.meeting_id = $1 ORDER BY a.position`,
      [id],
    );
    return {
      meeting: { id: row.id, heldOn: row.held_on, title: row.title },
      agenda: agenda.map((a) => ({
        id: a.id,
        position: a.position,
        reviewItemId: a.review_item_id,
        commitmentId: a.commitment_id,
        title: a.title,
        proposalId: a.proposal_id,
        reviewStatus: a.review_status === null ? null : a.review_status === 'open' ? 'open' : 'decided',
      })),
    };
  }

  /**
   * Meetings on or after today (Taipei) soonest first, or before today latest first, with how
   * many items each agenda holds. A meeting is on a Taipei calendar day, so "today" is Taipei's.
   */
  async meetings(when: MeetingsWhen, page: number, pageSize: number): Promise<{ items: MeetingSummaryRow[]; total: number }> {
    const today = `(now() AT TIME ZONE 'Asia/Taipei')::date`;
    const [filter, order] = when === 'upcoming' ? [`m.held_on >= ${today}`, 'm.held_on ASC, m.created_at ASC, m.id'] : [`m.held_on < ${today}`, 'm.held_on DESC, m.created_at DESC, m.id'];
    const rows = await this.dataSource.query<{ id: string; held_on: string; title: string; agenda_items: string; total: string }[]>(
      `SELECT m.id, to_char(m.held_on, 'YYYY-MM-DD') AS held_on, m.title,
              (SELECT count(*) FROM meeting_agenda_items a WHERE a.meeting_id = m.id) AS agenda_items,
              count(*) OVER () AS total
         FROM taskforce_meetings m
        WHERE ${filter}
        ORDER BY ${order}
        LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const total =
      rows.length > 0 ? Number(rows[0].total) : Number((await this.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM taskforce_meetings m WHERE ${filter}`))[0].n);
    return { total, items: rows.map((r) => ({ id: r.id, heldOn: r.held_on, title: r.title, agendaItems: Number(r.agenda_items) })) };
  }

  /**
   * Appends an item at the end of the agenda. Returns 'no_meeting' or 'no_subject' when either
   * does not exist. The meeting row is locked so two appends cannot take the same position.
   */
  async appendAgendaItem(meetingId: string, subject: AgendaSubject): Promise<'added' | 'no_meeting' | 'no_subject'> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.query<{ id: string }[]>('SELECT id FROM taskforce_meetings WHERE id = $1 FOR UPDATE', [meetingId]);
      if (meeting.length === 0) return 'no_meeting';
      const [table, id] = subject.kind === 'review_item' ? ['taskforce_review_items', subject.reviewItemId] : ['commitments', subject.commitmentId];
      const found = await manager.query<{ id: string }[]>(`SELECT id FROM ${table} WHERE id = $1`, [id]);
      if (found.length === 0) return 'no_subject';
      await manager.query(
        `INSERT INTO meeting_agenda_items (meeting_id, review_item_id, commitment_id, position)
         SELECT $1, $2, $3, COALESCE(max(position), 0) + 1 FROM meeting_agenda_items WHERE meeting_id = $1`,
        [meetingId, subject.kind === 'review_item' ? subject.reviewItemId : null, subject.kind === 'commitment' ? subject.commitmentId : null],
      );
      return 'added';
    });
  }

  /**
   * Fills the agenda with what awaits the task force: every open review item (routed proposals,
   * oldest first), then every commitment with progress reported since it was last heard at another
   * meeting. Items already on this agenda are skipped, so filling twice adds nothing. Returns how
   * many were added, or null when there is no such meeting.
   */
  async fillAgenda(meetingId: string): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await manager.query<{ id: string }[]>('SELECT id FROM taskforce_meetings WHERE id = $1 FOR UPDATE', [meetingId]);
      if (meeting.length === 0) return null;
      const added = await manager.query<{ id: string }[]>(
        `WITH candidates AS (
           SELECT r.id AS review_item_id, NULL::uuid AS commitment_id, 0 AS grp, r.created_at AS since, r.id AS tiebreak
             FROM taskforce_review_items r
            WHERE r.status = 'open'
              AND NOT EXISTS (SELECT 1 FROM meeting_agenda_items a WHERE a.meeting_id = $1 AND a.review_item_id = r.id)
           UNION ALL
           SELECT NULL::uuid, c.id, 1, min(u.reported_at), c.id
             FROM commitments c JOIN commitment_progress_updates u ON u.commitment_id = c.id
            WHERE c.tracking = 'open'
              AND NOT EXISTS (SELECT 1 FROM meeting_agenda_items a WHERE a.meeting_id = $1 AND a.commitment_id = c.id)
              AND u.reported_at > COALESCE(
                (SELECT max(m.held_on)::timestamptz FROM meeting_agenda_items a JOIN taskforce_meetings m ON m.id = a.meeting_id
                  WHERE a.commitment_id = c.id AND m.id <> $1), '-infinity'::timestamptz)
            GROUP BY c.id
         ),
         base AS (SELECT COALESCE(max(position), 0) AS position FROM meeting_agenda_items WHERE meeting_id = $1)
         INSERT INTO meeting_agenda_items (meeting_id, review_item_id, commitment_id, position)
         SELECT $1, candidates.review_item_id, candidates.commitment_id,
                base.position + row_number() OVER (ORDER BY candidates.grp, candidates.since, candidates.tiebreak)
           FROM candidates, base
         RETURNING id`,
        [meetingId],
      );
      return added.length;
    });
  }
}
