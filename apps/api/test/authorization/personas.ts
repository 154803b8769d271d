import type { INestApplicationContext } from '@nestjs/common';
import type { Role, VerificationTier } from '@open-proposals/domain';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';

/**
 * Who knocks: every kind of person the policy tells apart. Citizens by verification tier; the
 * owner of the resources tried (a draft, a comment); each staff role; the task force by side
 * (government and civil society hold the same powers, and the matrix proves it); officers of the
 * agency a request or commitment belongs to, and of another agency.
 */
export const PERSONAS = [
  'visitor',
  'unverified',
  'email',
  'phone',
  'owner',
  'moderator',
  'taskforceGov',
  'taskforceCivil',
  'officerRight',
  'officerWrong',
  'admin',
] as const;
export type Persona = (typeof PERSONAS)[number];

export type People = Readonly<Record<Persona, TestPerson>>;

/** The two agencies officers belong to: "right" is the one the matrix's resources are routed to. */
export interface MatrixAgencies {
  readonly right: string;
  readonly wrong: string;
}

const CITIZEN: Role = { kind: 'citizen' };
const setupOf = (persona: Exclude<Persona, 'visitor'>, agencies: MatrixAgencies): { tier: VerificationTier; roles: Role[] } => {
  switch (persona) {
    case 'unverified':
      return { tier: 'none', roles: [CITIZEN] };
    case 'email':
      return { tier: 'email', roles: [CITIZEN] };
    case 'phone':
    case 'owner':
      return { tier: 'phone', roles: [CITIZEN] };
    case 'moderator':
      return { tier: 'phone', roles: [CITIZEN, { kind: 'moderator' }] };
    case 'taskforceGov':
      return { tier: 'phone', roles: [CITIZEN, { kind: 'task_force_member', side: 'government', role: 'member' }] };
    case 'taskforceCivil':
      return { tier: 'phone', roles: [CITIZEN, { kind: 'task_force_member', side: 'civil', role: 'member' }] };
    case 'officerRight':
      return { tier: 'phone', roles: [CITIZEN, { kind: 'agency_officer', agencyId: agencies.right }] };
    case 'officerWrong':
      return { tier: 'phone', roles: [CITIZEN, { kind: 'agency_officer', agencyId: agencies.wrong }] };
    case 'admin':
      return { tier: 'phone', roles: [CITIZEN, { kind: 'admin' }] };
  }
};

/** A new person of a persona (the visitor is a client with no session). */
export const newPerson = async (app: INestApplicationContext, baseUrl: string, persona: Persona, agencies: MatrixAgencies): Promise<TestPerson> =>
  persona === 'visitor' ? { client: new CookieClient(baseUrl), id: '', email: '' } : signedInPerson(app, baseUrl, setupOf(persona, agencies));

export const createPeople = async (app: INestApplicationContext, baseUrl: string, agencies: MatrixAgencies): Promise<People> => {
  const entries: [Persona, TestPerson][] = [];
  for (const persona of PERSONAS) entries.push([persona, await newPerson(app, baseUrl, persona, agencies)]);
  return Object.fromEntries(entries) as Record<Persona, TestPerson>;
};
