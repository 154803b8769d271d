import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ActionPlanOrmEntity } from './action-plan.orm-entity';

@Entity({ name: 'areas' })
@Index('uq_areas_plan_code', ['planId', 'code'], { unique: true })
export class AreaOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ActionPlanOrmEntity, (plan) => plan.areas, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'fk_areas_plan' })
  plan!: Relation<ActionPlanOrmEntity>;

  @Column({ type: 'text' })
  code!: string;

  @Column({ name: 'title_zh_tw', type: 'text' })
  titleZhTw!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  /** Display order, as the plan lists its areas. */
  @Column({ type: 'int' })
  position!: number;
}
