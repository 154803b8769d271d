import { Injectable } from '@nestjs/common';
import type { TaskforceSeat } from '@open-proposals/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { TaskforceSeatOrmEntity } from './taskforce-seat.orm-entity';
import { toDomainSeat, toSeatColumns } from './taskforce-seat.mapper';

/** The task force's seats: reference data the seed writes and anyone may read. */
@Injectable()
export class TaskforceStructureRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** In the order the seed lists them: conveners first, then each side's members. */
  async seats(): Promise<TaskforceSeat[]> {
    const rows = await this.dataSource.getRepository(TaskforceSeatOrmEntity).find({ order: { position: 'ASC', code: 'ASC' } });
    return rows.map(toDomainSeat);
  }

  /** Inserts or updates each seat by its code: running it twice changes nothing. */
  async upsertSeats(seats: readonly TaskforceSeat[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (seats.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(TaskforceSeatOrmEntity)
      .values(seats.map((seat, position) => toSeatColumns(seat, position)))
      .orUpdate(['position', 'role', 'side', 'holder_zh_tw', 'holder_en', 'title_zh_tw', 'title_en', 'seat_count', 'note_zh_tw', 'note_en'], ['code'])
      .execute();
  }
}
