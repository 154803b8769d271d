import type { ApiClient } from '../../../shared/api/api-client';

export interface CycleBlackout {
  readonly startsAt: string;
  readonly endsAt: string;
  readonly reason: { readonly 'zh-TW': string; readonly en: string };
}

/** GET/PATCH /api/v1/admin/cycles/current. */
export interface CycleSettings {
  readonly id: string;
  readonly code: string;
  readonly title: { readonly 'zh-TW': string; readonly en: string };
  readonly threshold: number;
  readonly cosignWindowDays: number;
  readonly reviewWorkingDays: number;
  readonly agencyResponseDays: number;
  readonly cosignsAccumulateAfterThreshold: boolean;
  readonly blackoutPeriods: readonly CycleBlackout[];
  readonly openProposals: number;
  readonly updatedAt: string;
}

export interface CycleSettingsChange {
  readonly threshold: number;
  readonly cosignWindowDays: number;
  readonly blackoutPeriods: readonly { startsAt: string; endsAt: string; reasonZhTw: string; reasonEn: string }[];
}

const PATH = '/api/v1/admin/cycles/current';

export const cycleKeys = { current: ['admin', 'cycles', 'current'] as const };

export const fetchCycleSettings = (client: ApiClient, signal?: AbortSignal) => client.get<CycleSettings>(PATH, { signal });

export const patchCycleSettings = (client: ApiClient, change: CycleSettingsChange) =>
  client.request<CycleSettings>(PATH, { method: 'PATCH', body: change });
