import { Injectable } from '@nestjs/common';
import {
  STATUSES_WITHDRAWN_ON_ERASURE,
  accountErasureAudit,
  withdrawProposal,
  type AccountErasureSummary,
  type Actor,
} from '@open-proposals/domain';
import { passwordMatches } from '../accounts/secrets';
import { ApiException } from '../common/errors/api.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { ProposalCommands } from '../proposals/proposal-commands';
import { AccountErasureRepository } from './account-erasure.repository';

/**
 * "Delete my account" (個人資料保護法 art. 11 §3): one transaction erases the person and keeps
 * what others built on (see libs/domain account-erasure.ts for what stays and why). Either all
 * of it happens or none: a failure half-way leaves the account as it was.
 */
@Injectable()
export class DeleteAccountService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly erasure: AccountErasureRepository,
    private readonly proposals: ProposalCommands,
  ) {}

  async delete(actor: Actor, password: string, now = new Date()): Promise<AccountErasureSummary> {
    // argon2 before the transaction, so no row stays locked while it hashes.
    const storedHash = await this.erasure.passwordHashOf(actor.id);
    if (storedHash === null) throw new ApiException('unauthenticated');
    if (!(await passwordMatches(storedHash, password))) throw new ApiException('password_incorrect');

    return this.transactions.run(async (tx) => {
      const account = await this.erasure.lockLiveAccount(actor.id, tx.manager);
      // Erased meanwhile by another request of the same person, or the password changed since it was checked.
      if (account === null) throw new ApiException('unauthenticated');
      if (account.passwordHash !== storedHash) throw new ApiException('password_incorrect');

      const unpublished = await this.erasure.unpublishedProposalIds(actor.id, STATUSES_WITHDRAWN_ON_ERASURE, tx.manager);
      for (const id of unpublished) await this.proposals.applyIn(tx, id, (proposal) => withdrawProposal(proposal, { proposerId: actor.id }, now));

      const cosignsAnonymised = await this.erasure.anonymiseCosigns(actor.id, tx.manager);
      const kept = await this.erasure.countKept(actor.id, tx.manager);
      await this.erasure.deletePersonalRows(actor.id, [account.email, ...(account.phone === null ? [] : [account.phone])], tx.manager);
      await this.erasure.tombstone(actor.id, now, tx.manager);

      const summary: AccountErasureSummary = { cosignsAnonymised, commentsKept: kept.comments, proposalsKept: kept.proposals, proposalsWithdrawn: unpublished.length };
      await tx.audit([accountErasureAudit(actor.id, summary, now)]);
      return summary;
    });
  }
}
