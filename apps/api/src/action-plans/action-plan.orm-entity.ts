import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AreaOrmEntity } from './area.orm-entity';

/** Stored as the domain's OriginSummary; checked by the mapper on the way out. */
export interface OriginSummaryColumn {
  readonly counts: Readonly<Record<string, number>>;
  readonly source: { readonly 'zh-TW': string; readonly en: string };
}

@Entity({ name: 'action_plans' })
export class ActionPlanOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable public identifier used in URLs and open data (e.g. "nap-1"). */
  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ name: 'title_zh_tw', type: 'text' })
  titleZhTw!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  @Column({ name: 'period_start', type: 'char', length: 7 })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'char', length: 7 })
  periodEnd!: string;

  /** How many commitments came from where, as the plan's source states it (see OriginSummary in the domain). */
  @Column({ name: 'origin_summary', type: 'jsonb', nullable: true })
  originSummary!: OriginSummaryColumn | null;

  @OneToMany(() => AreaOrmEntity, (area) => area.plan)
  areas!: Relation<AreaOrmEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
