import { Injectable } from '@nestjs/common';
import { authorize, respond, type Actor, type AgencyResponse, type PointInput } from '@open-proposals/domain';
import { ApiException } from '../common/errors/api.exception';
import { assertAllowed, orThrow } from '../common/errors/domain.exception';
import { WriteTransactions } from '../common/persistence/write-transaction';
import { Clock } from '../common/time/clock';
import { AgencyRequestsRepository } from './agency-requests.repository';

/** An officer of the requested agency publishes its point-by-point answer, once. */
@Injectable()
export class RespondToRequestService {
  constructor(
    private readonly transactions: WriteTransactions,
    private readonly requests: AgencyRequestsRepository,
    private readonly clock: Clock,
  ) {}

  respond(actor: Actor, requestId: string, points: readonly PointInput[]): Promise<AgencyResponse> {
    return this.transactions.run(async (tx) => {
      const request = await this.requests.lockForUpdate(requestId, tx.manager);
      if (request === null) throw new ApiException('not_found');
      // Per resource: an officer answers only for their own agency (403 wrong_agency otherwise).
      assertAllowed(authorize(actor, 'agency.respond', { agencyId: request.agencyId }));
      const transition = orThrow(respond(request, { actorId: actor.id, points }, this.clock.now()));
      await this.requests.saveResponse(transition.request, transition.response, tx.manager);
      await tx.audit(transition.audit);
      await tx.publish('agency_response_request', request.id, transition.events);
      return transition.response;
    });
  }
}
