import { Injectable } from '@nestjs/common';
import type { Proposal } from '@open-proposals/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ApiException } from '../common/errors/api.exception';
import { toDomainProposal, toProposalColumns } from './proposal.mapper';
import { ProposalOrmEntity } from './proposal.orm-entity';

/** A proposal as loaded for a change, with the version the change must still find. */
export interface LoadedProposal {
  readonly proposal: Proposal;
  readonly version: number;
}

/** Proposals as aggregates: load, insert, update. Public listings live in ProposalReadsRepository. */
@Injectable()
export class ProposalsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedProposal | null> {
    const row = await manager.findOne(ProposalOrmEntity, { where: { id } });
    return row === null ? null : { proposal: toDomainProposal(row), version: row.version };
  }

  /** findById for many: the proposals found, by id. */
  async findByIds(ids: readonly string[]): Promise<Map<string, LoadedProposal>> {
    const rows = await this.dataSource.getRepository(ProposalOrmEntity).find({ where: { id: In([...ids]) } });
    return new Map(rows.map((row) => [row.id, { proposal: toDomainProposal(row), version: row.version }]));
  }

  /**
   * Locks the row for the rest of the transaction, so that two moderators (or a moderator and
   * the proposer) cannot both change it. Never used on the co-sign path, which must not queue on one row.
   */
  async findForUpdate(id: string, manager: EntityManager): Promise<LoadedProposal | null> {
    const row = await manager.findOne(ProposalOrmEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return row === null ? null : { proposal: toDomainProposal(row), version: row.version };
  }

  async insert(proposal: Proposal, manager: EntityManager): Promise<void> {
    await manager.insert(ProposalOrmEntity, { ...toProposalColumns(proposal), createdAt: proposal.createdAt, updatedAt: proposal.updatedAt });
  }

  /** Writes the new state if nobody changed the row since `version` was read; otherwise 409. */
  async update({ proposal, version }: LoadedProposal, manager: EntityManager): Promise<void> {
    const { id: _id, ...columns } = toProposalColumns(proposal);
    const result = await manager.update(ProposalOrmEntity, { id: proposal.id, version }, { ...columns, version: version + 1, updatedAt: proposal.updatedAt });
    if (result.affected !== 1) throw new ApiException('conflict');
  }

  /** True once any proposal exists: the demo seed only ever writes to an empty platform. */
  async any(manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(ProposalOrmEntity).exists();
  }

  /** Flags development demo proposals; set once by the demo seed, never by a domain change. */
  async markDemo(ids: readonly string[], manager: EntityManager): Promise<void> {
    if (ids.length > 0) await manager.query('UPDATE proposals SET is_demo = true WHERE id = ANY($1::uuid[])', [[...ids]]);
  }

  async pageOfProposer(proposerId: string, page: number, pageSize: number): Promise<{ items: Proposal[]; total: number }> {
    const [rows, total] = await this.dataSource.getRepository(ProposalOrmEntity).findAndCount({
      where: { proposerId },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toDomainProposal), total };
  }
}
