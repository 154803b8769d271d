import { Injectable } from '@nestjs/common';
import { authorize, extendDeadline, type Actor, type AgencyResponseExtension } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { Clock } from '../common/time/clock';
import { AgencyRequestsRepository } from './agency-requests.repository';

/** An officer of the requested agency moves the due date later, with a public reason. */
@Injectable()
export class ExtendDueDateService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly requests: AgencyRequestsRepository,
    private readonly clock: Clock,
  ) {}

  extend(actor: Actor, requestId: string, input: { reason: string; newDueAt: Date }): Promise<AgencyResponseExtension> {
    return this.transactions.run(async (tx) => {
      const request = await this.requests.lockForUpdate(requestId, tx.manager);
      if (request === null) throw new ApiException('not_found');
      assertAllowed(authorize(actor, 'agency.respond', { agencyId: request.agencyId }));
      const transition = orThrow(extendDeadline(request, { actorId: actor.id, ...input }, this.clock.now()));
      await this.requests.saveExtension(transition.request, transition.extension, tx.manager);
      await tx.audit(transition.audit);
      await tx.publish('agency_response_request', request.id, transition.events);
      return transition.extension;
    });
  }
}
