import { randomInt } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { Role, VerificationTier } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import { toRoleColumns } from '../../src/accounts/role.mapper';
import { UserRoleOrmEntity } from '../../src/accounts/user-role.orm-entity';
import { signedInClient } from './accounts-helpers';
import type { CookieClient } from './cookie-client';

export interface TestPerson {
  readonly client: CookieClient;
  readonly id: string;
  readonly email: string;
}

/**
 * A signed-in person with the given verification tier and roles. Registration and login go
 * through the API; the verification and roles are written directly, since the accounts tests
 * already cover those flows and every other test only needs their result.
 */
export const signedInPerson = async (
  app: INestApplicationContext,
  baseUrl: string,
  { tier = 'phone', roles = [{ kind: 'citizen' }] }: { tier?: VerificationTier; roles?: readonly Role[] } = {},
): Promise<TestPerson> => {
  const person = await signedInClient(baseUrl);
  const dataSource = app.get(DataSource);
  if (tier !== 'none') await dataSource.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [person.id]);
  if (tier === 'phone') {
    // Unique across every spec file of the run (phone numbers are unique per account).
    const phone = `+8869${randomInt(0, 100_000_000).toString().padStart(8, '0')}`;
    await dataSource.query('UPDATE users SET phone = $2, phone_verified_at = now() WHERE id = $1', [person.id, phone]);
  }
  await dataSource.getRepository(UserRoleOrmEntity).delete({ userId: person.id });
  await dataSource.getRepository(UserRoleOrmEntity).insert(roles.map((role) => ({ userId: person.id, ...toRoleColumns(role) })));
  return person;
};
