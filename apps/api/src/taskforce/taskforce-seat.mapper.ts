import { TASK_FORCE_ROLES, TASK_FORCE_SIDES, isOneOf, type TaskforceSeat } from '@open-proposals/domain';
import type { TaskforceSeatOrmEntity } from './taskforce-seat.orm-entity';

export const toDomainSeat = (row: TaskforceSeatOrmEntity): TaskforceSeat => {
  // The CHECK constraints keep these true; a violation means the schema and the domain drifted.
  if (!isOneOf(TASK_FORCE_ROLES, row.role) || !isOneOf(TASK_FORCE_SIDES, row.side)) throw new Error(`unexpected task-force seat in the database: ${row.code}`);
  return {
    code: row.code,
    role: row.role,
    side: row.side,
    holder: row.holderZhTw === null ? null : { 'zh-TW': row.holderZhTw, en: row.holderEn ?? '' },
    title: { 'zh-TW': row.titleZhTw, en: row.titleEn },
    seatCount: row.seatCount,
    note: { 'zh-TW': row.noteZhTw, en: row.noteEn },
  };
};

export const toSeatColumns = (seat: TaskforceSeat, position: number): Omit<TaskforceSeatOrmEntity, 'id'> => ({
  code: seat.code,
  position,
  role: seat.role,
  side: seat.side,
  holderZhTw: seat.holder?.['zh-TW'] ?? null,
  holderEn: seat.holder?.en ?? null,
  titleZhTw: seat.title['zh-TW'],
  titleEn: seat.title.en,
  seatCount: seat.seatCount,
  noteZhTw: seat.note['zh-TW'],
  noteEn: seat.note.en,
});
