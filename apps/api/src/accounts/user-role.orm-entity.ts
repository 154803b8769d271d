import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from './user.orm-entity';

/**
 * One role a person holds. Uniqueness is per (user, kind, agency): PostgreSQL treats NULLs as
 * distinct, so two partial indexes cover the rows with and without an agency.
 */
@Entity({ name: 'user_roles' })
@Check('chk_user_roles_kind', `"kind" IN ('citizen', 'moderator', 'task_force_member', 'agency_officer', 'admin')`)
@Index('uq_user_roles_user_kind', ['userId', 'kind'], { unique: true, where: '"agency_id" IS NULL' })
@Index('uq_user_roles_user_kind_agency', ['userId', 'kind', 'agencyId'], { unique: true, where: '"agency_id" IS NOT NULL' })
export class UserRoleOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserOrmEntity, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_roles_user' })
  user!: Relation<UserOrmEntity>;

  @Column({ type: 'text' })
  kind!: string;

  /** Task-force members only: government | civil. */
  @Column({ type: 'text', nullable: true })
  side!: string | null;

  /** Task-force members only: convener | co_convener | member. */
  @Column({ name: 'tf_role', type: 'text', nullable: true })
  tfRole!: string | null;

  /** Agency officers only. No foreign key yet: the agencies table comes with a later issue. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  /** null for roles the system grants itself (citizen on registration, the first admin). */
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;
}
