/**
 * How strongly a person's identity has been checked. Tiers are ordered: a phone-verified
 * person has also verified an email (Join verifies proposers by mobile and email), so
 * "at least email" is satisfied by phone. A stronger tier (certificate) can be appended
 * later without changing any rule that asks for "at least phone".
 */
export const VERIFICATION_TIERS = ['none', 'email', 'phone'] as const;
export type VerificationTier = (typeof VERIFICATION_TIERS)[number];

export const isVerificationTier = (value: unknown): value is VerificationTier =>
  typeof value === 'string' && (VERIFICATION_TIERS as readonly string[]).includes(value);

export const tierAtLeast = (tier: VerificationTier, required: VerificationTier): boolean =>
  VERIFICATION_TIERS.indexOf(tier) >= VERIFICATION_TIERS.indexOf(required);

/** A person as the rules see them: who they are and how well we know it. */
export interface PersonRef {
  readonly id: string;
  readonly verificationTier: VerificationTier;
}
