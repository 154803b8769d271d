import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A responsible agency (權責機關). Officers' roles and response requests point at its id. */
@Entity({ name: 'agencies' })
@Index('uq_agencies_code', ['code'], { unique: true })
export class AgencyOrmEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stable public key used by the seed and open data (e.g. "ndc"). */
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'name_zh_tw', type: 'text' }) nameZhTw!: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
