import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'taskforce_meetings' })
export class TaskforceMeetingOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'held_on', type: 'date' }) heldOn!: string;
  @Column({ type: 'text' }) title!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
