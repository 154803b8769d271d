import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What the development transport "sent": read at GET /api/v1/dev/outbox instead of a real inbox. */
@Entity({ name: 'dev_outbox_messages' })
@Check('chk_dev_outbox_messages_channel', `"channel" IN ('email', 'sms')`)
@Index('idx_dev_outbox_messages_created', ['createdAt'])
export class DevOutboxMessageOrmEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  channel!: 'email' | 'sms';

  @Column({ type: 'text' })
  recipient!: string;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
