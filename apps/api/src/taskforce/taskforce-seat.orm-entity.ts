import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One seat, or one group of seats, of the task force (推動小組) as its founding document
 * describes it. Public reference data: holders are named only where the document names them.
 */
@Entity({ name: 'taskforce_seats' })
@Index('uq_taskforce_seats_code', ['code'], { unique: true })
@Check('chk_taskforce_seats_role', `"role" IN ('convener', 'co_convener', 'member')`)
@Check('chk_taskforce_seats_side', `"side" IN ('government', 'civil')`)
@Check('chk_taskforce_seats_count', `"seat_count" IS NULL OR "seat_count" >= 1`)
export class TaskforceSeatOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stable key the seed upserts by (e.g. "convener"). */
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) role!: string;
  @Column({ type: 'text' }) side!: string;
  @Column({ name: 'holder_zh_tw', type: 'text', nullable: true }) holderZhTw!: string | null;
  @Column({ name: 'holder_en', type: 'text', nullable: true }) holderEn!: string | null;
  @Column({ name: 'title_zh_tw', type: 'text' }) titleZhTw!: string;
  @Column({ name: 'title_en', type: 'text' }) titleEn!: string;
  /** null where the document does not give a number (e.g. the government half). */
  @Column({ name: 'seat_count', type: 'integer', nullable: true }) seatCount!: number | null;
  @Column({ name: 'note_zh_tw', type: 'text', default: '' }) noteZhTw!: string;
  @Column({ name: 'note_en', type: 'text', default: '' }) noteEn!: string;
}
