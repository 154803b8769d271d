import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  addMilestone,
  assessCommitment,
  authorizeCommitmentAssessment,
  authorizeCommitmentReport,
  reportProgress,
  type Actor,
  type Commitment,
} from '@open-proposals/domain';
import { CommitmentCommands } from './commitment-commands';
import type { AddMilestoneDto, AssessCommitmentDto, ReportProgressDto } from './dto/commitment-bodies.dto';

/**
 * The three ways a commitment's owners report on it. Who may is decided per commitment
 * (commitment.policy.ts): task-force members, officers of a responsible agency, and for the
 * IRM assessment an admin. One small method per action; each is one CommitmentCommands call.
 */
@Injectable()
export class ReportCommitmentService {
  constructor(private readonly commands: CommitmentCommands) {}

  addMilestone(actor: Actor, id: string, body: AddMilestoneDto): Promise<Commitment> {
    return this.commands.apply(
      id,
      (c) => authorizeCommitmentReport(actor, c),
      (c) => addMilestone(c, { id: randomUUID(), actorId: actor.id, title: body.title, dueOn: body.dueOn, status: body.status, evidenceUrl: body.evidenceUrl }, new Date()),
    );
  }

  reportProgress(actor: Actor, id: string, body: ReportProgressDto): Promise<Commitment> {
    return this.commands.apply(
      id,
      (c) => authorizeCommitmentReport(actor, c),
      (c) => reportProgress(c, { id: randomUUID(), actorId: actor.id, quarter: body.quarter, text: body.text, completion: body.completion }, new Date()),
    );
  }

  assess(actor: Actor, id: string, body: AssessCommitmentDto): Promise<Commitment> {
    return this.commands.apply(
      id,
      (c) => authorizeCommitmentAssessment(actor, c, body.kind),
      (c) => assessCommitment(c, { actorId: actor.id, ...body }, new Date()),
    );
  }
}
