import type { INestApplicationContext } from '@nestjs/common';
import type { Role, VerificationTier } from '@open-proposals/domain';
import { CookieClient } from '../utils/cookie-client';
import { signedInPerson, type TestPerson } from '../utils/people';

/** Who knocks: the kinds of people the policy tells apart. */
export const PERSONAS = ['visitor', 'unverified', 'email', 'phone', 'moderator', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export type People = Readonly<Record<Persona, TestPerson>>;

const CITIZEN: Role = { kind: 'citizen' };
const SETUP: Readonly<Record<Exclude<Persona, 'visitor'>, { tier: VerificationTier; roles: Role[] }>> = {
  unverified: { tier: 'none', roles: [CITIZEN] },
  email: { tier: 'email', roles: [CITIZEN] },
  phone: { tier: 'phone', roles: [CITIZEN] },
  moderator: { tier: 'phone', roles: [CITIZEN, { kind: 'moderator' }] },
  admin: { tier: 'phone', roles: [CITIZEN, { kind: 'admin' }] },
};

/** A new person of a persona (the visitor is a client with no session). */
export const newPerson = async (app: INestApplicationContext, baseUrl: string, persona: Persona): Promise<TestPerson> =>
  persona === 'visitor' ? { client: new CookieClient(baseUrl), id: '', email: '' } : signedInPerson(app, baseUrl, SETUP[persona]);

export const createPeople = async (app: INestApplicationContext, baseUrl: string): Promise<People> => {
  const entries: [Persona, TestPerson][] = [];
  for (const persona of PERSONAS) entries.push([persona, await newPerson(app, baseUrl, persona)]);
  return Object.fromEntries(entries) as Record<Persona, TestPerson>;
};
