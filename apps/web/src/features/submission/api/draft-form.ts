import { GENERAL_AREA, PROPOSAL_LIMITS } from '@open-proposals/domain';
import type { DraftContent } from './drafts-api';

/** The wizard's fields as typed: links are one per line in a textarea. */
export interface DraftForm {
  readonly title: string;
  readonly areaCode: string;
  readonly background: string;
  readonly proposal: string;
  readonly expectedBenefits: string;
  readonly links: string;
  readonly suggestedAgencyIds: readonly string[];
}

export const EMPTY_DRAFT_FORM: DraftForm = { title: '', areaCode: GENERAL_AREA, background: '', proposal: '', expectedBenefits: '', links: '', suggestedAgencyIds: [] };

export const toDraftContent = (form: DraftForm): DraftContent => ({
  title: form.title,
  areaCode: form.areaCode,
  background: form.background,
  proposal: form.proposal,
  expectedBenefits: form.expectedBenefits,
  suggestedAgencyIds: form.suggestedAgencyIds,
  links: form.links
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== ''),
});

export const toDraftForm = (content: DraftContent): DraftForm => ({
  title: content.title,
  areaCode: content.areaCode,
  background: content.background,
  proposal: content.proposal,
  expectedBenefits: content.expectedBenefits,
  links: content.links.join('\n'),
  suggestedAgencyIds: content.suggestedAgencyIds,
});

export const WIZARD_STEPS = ['basics', 'details', 'references', 'preview'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Which step shows each field, so an error the API names lands on the step that can fix it. */
export const FIELD_STEPS: Readonly<Record<string, WizardStep>> = {
  title: 'basics',
  areaCode: 'basics',
  background: 'details',
  proposal: 'details',
  expectedBenefits: 'details',
  links: 'references',
  suggestedAgencyIds: 'references',
};

/** The earliest step holding one of these fields, or null when none of them is on a step. */
export const firstStepWithError = (fields: readonly string[]): WizardStep | null =>
  WIZARD_STEPS.find((step) => fields.some((field) => FIELD_STEPS[field] === step)) ?? null;

export const TITLE_MAX_LENGTH = PROPOSAL_LIMITS.titleMaxLength;
export const TEXT_MAX_LENGTH = PROPOSAL_LIMITS.textMaxLength;
