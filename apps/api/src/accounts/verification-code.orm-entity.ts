import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { UserOrmEntity } from './user.orm-entity';

export const CODE_CHANNELS = ['email', 'phone', 'password_reset'] as const;
export type CodeChannel = (typeof CODE_CHANNELS)[number];

/** A one-time code sent to an address or number; only its keyed hash is stored. */
@Entity({ name: 'verification_codes' })
@Check('chk_verification_codes_channel', `"channel" IN ('email', 'phone', 'password_reset')`)
@Index('ix_verification_codes_user_channel', ['userId', 'channel'])
@Index('idx_verification_codes_expires', ['expiresAt'])
export class VerificationCodeOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_verification_codes_user' })
  user!: Relation<UserOrmEntity>;

  @Column({ type: 'text' })
  channel!: CodeChannel;

  /** The address or number the code was sent to: confirming proves control of exactly this one. */
  @Column({ type: 'text' })
  target!: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash!: string;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'consumed_at', type: 'timestamptz', nullable: true })
  consumedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
