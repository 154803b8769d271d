import type { ApiClient } from '../../../shared/api/api-client';

export type MeetingsWhen = 'upcoming' | 'past';

/** A line of GET /api/v1/taskforce/meetings. */
export interface MeetingSummary {
  readonly id: string;
  /** A calendar day in Taiwan (Asia/Taipei), YYYY-MM-DD. */
  readonly heldOn: string;
  readonly title: string;
  readonly agendaItems: number;
}

export interface MeetingPage {
  readonly items: readonly MeetingSummary[];
  readonly when: MeetingsWhen;
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

/** One agenda line: a routed proposal to decide (reviewItemId) or a commitment whose progress is heard. */
export interface AgendaItem {
  readonly id: string;
  readonly position: number;
  readonly reviewItemId: string | null;
  readonly commitmentId: string | null;
  readonly title: string;
  readonly proposalId: string | null;
  readonly reviewStatus: 'open' | 'decided' | null;
}

export interface Meeting {
  readonly id: string;
  readonly heldOn: string;
  readonly title: string;
  readonly agenda: readonly AgendaItem[];
}

export interface PlanMeetingInput {
  readonly heldOn: string;
  readonly title: string;
}

export const MEETINGS_PAGE_SIZE = 10;

export const meetingKeys = {
  all: ['taskforce', 'meetings'] as const,
  list: (when: MeetingsWhen, page: number) => ['taskforce', 'meetings', 'list', when, page] as const,
  one: (id: string) => ['taskforce', 'meetings', 'one', id] as const,
};

const meetingPath = (id: string) => `/api/v1/taskforce/meetings/${encodeURIComponent(id)}`;

export const fetchMeetings = (client: ApiClient, when: MeetingsWhen, page: number, signal?: AbortSignal) =>
  client.get<MeetingPage>(`/api/v1/taskforce/meetings?when=${when}&page=${page}&pageSize=${MEETINGS_PAGE_SIZE}`, { signal });

export const fetchMeeting = (client: ApiClient, id: string, signal?: AbortSignal) => client.get<Meeting>(meetingPath(id), { signal });

export const postMeeting = (client: ApiClient, input: PlanMeetingInput) => client.request<Meeting>('/api/v1/taskforce/meetings', { method: 'POST', body: input });

export const postAgendaItem = (client: ApiClient, meetingId: string, reviewItemId: string) =>
  client.request<Meeting>(`${meetingPath(meetingId)}/agenda`, { method: 'POST', body: { reviewItemId } });

export const postFillAgenda = (client: ApiClient, meetingId: string) => client.request<Meeting>(`${meetingPath(meetingId)}/agenda/fill`, { method: 'POST' });
