import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { VerificationCodeOrmEntity, type CodeChannel } from './verification-code.orm-entity';

export interface StoredCode {
  readonly id: string;
  readonly target: string;
  readonly codeHash: string;
  readonly attempts: number;
  readonly expiresAt: Date;
}

@Injectable()
export class VerificationCodesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a new code and retires the older ones of the channel, so only the latest message works. */
  async replace(code: { id: string; userId: string; channel: CodeChannel; target: string; codeHash: string; expiresAt: Date }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const codes = manager.getRepository(VerificationCodeOrmEntity);
      await codes.update({ userId: code.userId, channel: code.channel, consumedAt: IsNull() }, { consumedAt: new Date() });
      await codes.insert(code);
    });
  }

  async findLatestUnconsumed(userId: string, channel: CodeChannel): Promise<StoredCode | null> {
    return this.dataSource.getRepository(VerificationCodeOrmEntity).findOne({
      where: { userId, channel, consumedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  /** Counts a wrong guess atomically (concurrent guesses cannot share one count); returns the new count. */
  async recordFailedAttempt(id: string): Promise<number> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(VerificationCodeOrmEntity)
      .set({ attempts: () => '"attempts" + 1' })
      .where('id = :id', { id })
      .returning(['attempts'])
      .execute();
    const rows = result.raw as { attempts: number }[];
    // A vanished row counts as exhausted: the caller must not treat it as a fresh code.
    return rows[0]?.attempts ?? Number.MAX_SAFE_INTEGER;
  }

  /** true for exactly one caller: a code can be used once even under concurrent requests. */
  async consume(id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(VerificationCodeOrmEntity).update({ id, consumedAt: IsNull() }, { consumedAt: new Date() });
    return result.affected === 1;
  }
}
