import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Stored blackout: dates as ISO strings, reasons in both languages. */
export interface BlackoutPeriodRow {
  startsAt: string;
  endsAt: string;
  reason: { 'zh-TW': string; en: string };
}

@Entity({ name: 'participation_cycles' })
@Check('CHK_participation_cycles_numbers', '"threshold" >= 1 AND "cosign_window_days" >= 1 AND "review_working_days" >= 1 AND "agency_response_days" >= 1')
@Index('uq_participation_cycles_current', ['isCurrent'], { unique: true, where: '"is_current"' })
export class ParticipationCycleOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text', unique: true }) code!: string;
  @Column({ name: 'title_zh_tw', type: 'text' }) titleZhTw!: string;
  @Column({ name: 'title_en', type: 'text' }) titleEn!: string;
  @Column({ type: 'integer' }) threshold!: number;
  @Column({ name: 'cosign_window_days', type: 'integer' }) cosignWindowDays!: number;
  @Column({ name: 'review_working_days', type: 'integer' }) reviewWorkingDays!: number;
  @Column({ name: 'agency_response_days', type: 'integer' }) agencyResponseDays!: number;
  @Column({ name: 'cosigns_accumulate_after_threshold', type: 'boolean' }) cosignsAccumulateAfterThreshold!: boolean;
  @Column({ name: 'blackout_periods', type: 'jsonb', default: () => "'[]'" }) blackoutPeriods!: BlackoutPeriodRow[];
  @Column({ name: 'is_current', type: 'boolean', default: false }) isCurrent!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
