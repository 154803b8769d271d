import { Injectable } from '@nestjs/common';
import type { TimedRequest } from '@open-proposals/domain';
import { DataSource, In } from 'typeorm';
import { AgencyOrmEntity } from './agency.orm-entity';
import type { AgencyView } from './agency-views';

export const toAgencyView = (row: AgencyOrmEntity): AgencyView => ({ id: row.id, code: row.code, name: { 'zh-TW': row.nameZhTw, en: row.nameEn } });

export interface NewAgency {
  readonly code: string;
  readonly nameZhTw: string;
  readonly nameEn: string;
}

/** The agencies themselves, and the raw request timings the responsiveness table is computed from. */
@Injectable()
export class AgenciesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(): Promise<AgencyView[]> {
    const rows = await this.dataSource.getRepository(AgencyOrmEntity).find({ order: { code: 'ASC' } });
    return rows.map(toAgencyView);
  }

  /** Which of these ids name an agency. */
  async existingIds(ids: readonly string[]): Promise<string[]> {
    const rows = await this.dataSource.getRepository(AgencyOrmEntity).find({ where: { id: In([...ids]) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  async findById(id: string): Promise<AgencyView | null> {
    const row = await this.dataSource.getRepository(AgencyOrmEntity).findOne({ where: { id } });
    return row === null ? null : toAgencyView(row);
  }

  /** null when the code is taken (the unique index decides, so two concurrent creations cannot both win). */
  async create(agency: NewAgency): Promise<AgencyView | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO agencies (code, name_zh_tw, name_en) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [agency.code, agency.nameZhTw, agency.nameEn],
    );
    const [row] = rows;
    return row === undefined ? null : this.findById(row.id);
  }

  /** Inserts or renames by code; used by the reference-data seed, so running it twice changes nothing. */
  async upsertByCode(agencies: readonly NewAgency[]): Promise<void> {
    for (const agency of agencies) {
      await this.dataSource.query(
        `INSERT INTO agencies (code, name_zh_tw, name_en) VALUES ($1, $2, $3)
         ON CONFLICT (code) DO UPDATE SET name_zh_tw = EXCLUDED.name_zh_tw, name_en = EXCLUDED.name_en`,
        [agency.code, agency.nameZhTw, agency.nameEn],
      );
    }
  }

  /** Every request of every stored agency, with when it was asked, is due and was answered. */
  async requestTimings(): Promise<Map<string, TimedRequest[]>> {
    const rows = await this.dataSource.query<{ agency_id: string; created_at: Date; due_at: Date; submitted_at: Date | null }[]>(
      `SELECT r.agency_id, r.created_at, r.due_at, s.submitted_at
       FROM agency_response_requests r
       JOIN agencies a ON a.id = r.agency_id
       LEFT JOIN agency_responses s ON s.request_id = r.id`,
    );
    const byAgency = new Map<string, TimedRequest[]>();
    for (const row of rows) {
      const list = byAgency.get(row.agency_id) ?? [];
      list.push({ requestedAt: new Date(row.created_at), dueAt: new Date(row.due_at), answeredAt: row.submitted_at === null ? null : new Date(row.submitted_at) });
      byAgency.set(row.agency_id, list);
    }
    return byAgency;
  }
}
