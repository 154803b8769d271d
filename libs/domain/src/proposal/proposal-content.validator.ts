import { GENERAL_AREA, type ProposalContent } from './proposal.state';
import type { ProposalFieldError } from './proposal.errors';

/**
 * Limits of a draft. The title limit is DOMAIN.md's; the others are ours, chosen to stop
 * abuse (pasting a book) without constraining real proposals, and can be revisited.
 */
export const PROPOSAL_LIMITS = {
  titleMaxLength: 80,
  textMaxLength: 10_000,
  maxSuggestedAgencies: 3,
  maxLinks: 10,
  linkMaxLength: 2_000,
} as const;

/** Counted in code points, so a Chinese character or an emoji counts as one, as people count. */
export const textLength = (text: string): number => [...text].length;

// http and https only: other schemes (javascript:, data:) are an XSS vector on a public page.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

export const isHttpUrl = (value: string): boolean => HTTP_URL.test(value);

export interface ContentValidationOptions {
  /** At submission every text field must be filled; while drafting, empty fields are fine. */
  readonly requireComplete: boolean;
  /** The current plan's area codes; when given, areaCode must be one of them or 'general'. */
  readonly knownAreaCodes?: readonly string[];
}

/** Trims what people type by accident; Markdown inside the body is kept as written. */
export const normalizeProposalContent = (content: ProposalContent): ProposalContent => ({
  title: content.title.trim(),
  background: content.background.trim(),
  proposal: content.proposal.trim(),
  expectedBenefits: content.expectedBenefits.trim(),
  areaCode: content.areaCode.trim(),
  suggestedAgencyIds: content.suggestedAgencyIds.map((id) => id.trim()),
  links: content.links.map((link) => link.trim()),
});

type TextField = 'title' | 'background' | 'proposal' | 'expectedBenefits';
const TEXT_FIELDS: readonly TextField[] = ['title', 'background', 'proposal', 'expectedBenefits'];

const textErrors = (content: ProposalContent, requireComplete: boolean): ProposalFieldError[] =>
  TEXT_FIELDS.flatMap((field): ProposalFieldError[] => {
    const value = content[field];
    const max = field === 'title' ? PROPOSAL_LIMITS.titleMaxLength : PROPOSAL_LIMITS.textMaxLength;
    // A title is needed even for a draft: it is how the proposer finds the draft again.
    if (value === '' && (requireComplete || field === 'title')) return [{ field, code: 'required' }];
    if (textLength(value) > max) return [{ field, code: 'too_long', max }];
    return [];
  });

const areaErrors = (content: ProposalContent, knownAreaCodes?: readonly string[]): ProposalFieldError[] => {
  if (content.areaCode === '') return [{ field: 'areaCode', code: 'required' }];
  if (knownAreaCodes && content.areaCode !== GENERAL_AREA && !knownAreaCodes.includes(content.areaCode)) {
    return [{ field: 'areaCode', code: 'unknown_area' }];
  }
  return [];
};

const listErrors = (
  field: 'suggestedAgencyIds' | 'links',
  values: readonly string[],
  maxItems: number,
  itemInvalid: (value: string) => boolean,
): ProposalFieldError[] => {
  const errors: ProposalFieldError[] = [];
  if (values.length > maxItems) errors.push({ field, code: 'too_many', max: maxItems });
  values.forEach((value, index) => {
    if (value === '') errors.push({ field, code: 'required', index });
    else if (itemInvalid(value)) errors.push({ field, code: 'invalid_url', index });
    else if (values.indexOf(value) !== index) errors.push({ field, code: 'duplicate', index });
  });
  return errors;
};

/**
 * Every problem of a (normalised) draft, per field; empty when the draft is acceptable.
 * All problems are answered at once so the form can show them together.
 */
export const validateProposalContent = (
  content: ProposalContent,
  options: ContentValidationOptions,
): readonly ProposalFieldError[] => [
  ...textErrors(content, options.requireComplete),
  ...areaErrors(content, options.knownAreaCodes),
  ...listErrors('suggestedAgencyIds', content.suggestedAgencyIds, PROPOSAL_LIMITS.maxSuggestedAgencies, () => false),
  ...listErrors(
    'links',
    content.links,
    PROPOSAL_LIMITS.maxLinks,
    (link) => textLength(link) > PROPOSAL_LIMITS.linkMaxLength || !isHttpUrl(link),
  ),
];
