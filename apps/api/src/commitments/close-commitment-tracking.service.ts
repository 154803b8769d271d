import { Injectable } from '@nestjs/common';
import { authorizeCommitmentClosure, closeTracking, type Actor, type Commitment } from '@open-proposals/domain';
import { CommitmentCommands } from './commitment-commands';

/** The task force closes a commitment's tracking (解除列管), with a public reason; nothing can be reported on it afterwards. */
@Injectable()
export class CloseCommitmentTrackingService {
  constructor(private readonly commands: CommitmentCommands) {}

  close(actor: Actor, id: string, reason: string): Promise<Commitment> {
    return this.commands.apply(
      id,
      () => authorizeCommitmentClosure(actor),
      (c) => closeTracking(c, { actorId: actor.id, reason }, new Date()),
    );
  }
}
