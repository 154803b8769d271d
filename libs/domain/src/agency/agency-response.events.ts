interface AgencyResponseEventBase<T extends string> {
  readonly type: T;
  readonly requestId: string;
  readonly proposalId: string;
  readonly agencyId: string;
  readonly actorId: string;
  readonly occurredAt: Date;
}

/** The agency published its point-by-point answer; `late` when it came after the (extended) due date. */
export interface AgencyResponded extends AgencyResponseEventBase<'AgencyResponded'> {
  readonly pointCount: number;
  readonly late: boolean;
}

/** The agency moved its due date, with a public reason. */
export interface AgencyResponseExtended extends AgencyResponseEventBase<'AgencyResponseExtended'> {
  readonly previousDueAt: Date;
  readonly newDueAt: Date;
  readonly reason: string;
}

export type AgencyResponseEvent = AgencyResponded | AgencyResponseExtended;
