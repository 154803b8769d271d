import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { UserRoleOrmEntity } from './user-role.orm-entity';

@Entity({ name: 'users' })
// The phone-key backfill's partial index (accounts still without a key) lives in migration 1795912500000 only.
@Index('idx_users_without_phone_key', { synchronize: false })
export class UserOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Always stored lowercased, so the unique constraint is case-insensitive without the citext extension. */
  @Column({ type: 'text', unique: true })
  email!: string;

  /** argon2id, with its parameters in the encoded string. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** E.164; PostgreSQL's unique constraint allows many NULLs, so only numbers that are set must differ. */
  @Column({ type: 'text', nullable: true, unique: true })
  phone!: string | null;

  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true })
  phoneVerifiedAt!: Date | null;

  /**
   * The keyed hash of the verified number (phone-key.ts), set with it and cleared with it on
   * erasure. Co-signs copy it; it is not unique here (the number is), and it is never shown.
   */
  @Column({ name: 'phone_key', type: 'text', nullable: true })
  phoneKey!: string | null;

  /** A development demo citizen (示範), on the reserved .invalid e-mail domain. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @OneToMany(() => UserRoleOrmEntity, (role) => role.user)
  roles!: Relation<UserRoleOrmEntity[]>;

  /** Whether notifications also arrive by email (batched); in-app ones always do. */
  @Column({ name: 'email_notifications', type: 'boolean', default: true })
  emailNotifications!: boolean;

  /**
   * Set when the person erased their account: the row stays as a tombstone (no email, phone,
   * name or password) so that what others built on keeps its foreign keys.
   */
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
