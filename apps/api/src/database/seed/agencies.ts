import type { NewAgency } from '../../agencies/agencies.repository';

/**
 * The responsible agencies the seed document (the NDC's progress report on the first action
 * plan) names: the National Development Council (國發會), which coordinates the plan and its
 * task force. It does not list the commitments' responsible agencies, so those are left to
 * admins (POST /v1/admin/agencies) rather than guessed.
 */
export const SEED_AGENCIES: readonly NewAgency[] = [{ code: 'ndc', nameZhTw: '國家發展委員會', nameEn: 'National Development Council' }];
