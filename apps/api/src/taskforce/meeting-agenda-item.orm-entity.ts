import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CommitmentOrmEntity } from '../commitments/commitment.orm-entity';
import { TaskforceReviewItemOrmEntity } from '../routing/taskforce-review-item.orm-entity';
import { TaskforceMeetingOrmEntity } from './taskforce-meeting.orm-entity';

/** One line of a meeting's agenda: a routed proposal to decide, or a commitment whose progress is heard. */
@Entity({ name: 'meeting_agenda_items' })
@Index('uq_meeting_agenda_items_position', ['meetingId', 'position'], { unique: true })
@Check('chk_meeting_agenda_items_one_subject', '("review_item_id" IS NULL) <> ("commitment_id" IS NULL)')
export class MeetingAgendaItemOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'meeting_id', type: 'uuid' }) meetingId!: string;

  @ManyToOne(() => TaskforceMeetingOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_agenda_items_meeting' })
  meeting!: Relation<TaskforceMeetingOrmEntity>;

  @Column({ name: 'review_item_id', type: 'uuid', nullable: true }) reviewItemId!: string | null;

  @ManyToOne(() => TaskforceReviewItemOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_item_id', foreignKeyConstraintName: 'fk_meeting_agenda_items_review_item' })
  reviewItem!: Relation<TaskforceReviewItemOrmEntity> | null;

  @Column({ name: 'commitment_id', type: 'uuid', nullable: true }) commitmentId!: string | null;

  @ManyToOne(() => CommitmentOrmEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id', foreignKeyConstraintName: 'fk_meeting_agenda_items_commitment' })
  commitment!: Relation<CommitmentOrmEntity> | null;

  @Column({ type: 'int' }) position!: number;
}
