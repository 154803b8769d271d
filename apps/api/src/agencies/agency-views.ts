import type { Responsiveness, ResponsePoint, Timeliness } from '@open-proposals/domain';

/** What the agency routes answer, as plain data; the Swagger classes in agency.response.ts mirror them. */
export interface AgencyView {
  readonly id: string;
  readonly code: string;
  readonly name: { readonly 'zh-TW': string; readonly en: string };
}

export interface AgencyRequestView {
  readonly id: string;
  readonly proposalId: string;
  readonly proposalTitle: string;
  readonly agencyId: string;
  readonly requestedAt: string;
  readonly dueAt: string;
  readonly status: string;
  readonly timeliness: Timeliness;
  /** Flagged by the deadlines sweeper at some due date (kept after a late answer, as a public fact). */
  readonly flaggedOverdue: boolean;
  readonly extensionCount: number;
}

export interface ExtensionView {
  readonly previousDueAt: string;
  readonly newDueAt: string;
  readonly reason: string;
  readonly grantedAt: string;
}

export interface ProposalResponseView {
  readonly requestId: string;
  /** null when the request names an agency not (yet) in the agencies table. */
  readonly agency: AgencyView | null;
  readonly agencyId: string;
  readonly dueAt: string;
  readonly status: string;
  readonly timeliness: Timeliness;
  readonly response: { readonly points: readonly ResponsePoint[]; readonly submittedAt: string } | null;
  readonly extensions: readonly ExtensionView[];
}

export interface AgencyResponsivenessView extends Responsiveness {
  readonly agency: AgencyView;
}
