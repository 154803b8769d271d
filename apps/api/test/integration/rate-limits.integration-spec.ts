import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { proposalFactory } from '../factories/proposal.factory';
import { PASSWORD, signedInClient, uniqueEmail } from '../utils/accounts-helpers';
import { CookieClient, type ClientResponse } from '../utils/cookie-client';
import { signedInPerson } from '../utils/people';
import { startTestApi, testConfig } from '../utils/test-app';

interface ErrorBody {
  code: string;
  message: string;
  details?: { action: string; retryAfterSeconds: number; retryAt: string };
}

/**
 * Small limits, so that a test reaches them in a few requests. The ones a test waits out refill one
 * request every 3 s (n per 3n s): short to wait for, yet long enough that the n requests before
 * fit in one refill and the next one is refused. Login and registration hash passwords (argon2),
 * which takes seconds on a busy machine, so theirs refill every 10 s.
 */
const SMALL_LIMITS = {
  TRUST_PROXY: 'loopback',
  RATE_LIMIT_MULTIPLIER: '1',
  RATE_LIMIT_LOGIN: 'ip=6/1h,ip_account=3/30s',
  RATE_LIMIT_REGISTER: 'ip=3/30s,domain=2/1h',
  RATE_LIMIT_SEND_CODE: 'ip=50/1h,account=2/6s,target=2/6s,domain=3/1h',
  RATE_LIMIT_COSIGN: 'ip=4/1h,account=2/6s',
  RATE_LIMIT_PROPOSAL: 'ip=50/1h,account=2/6s',
  RATE_LIMIT_COMMENT: 'ip=50/1h,account=2/6s',
  // example.org: the domain of every person the helpers register, which would otherwise share one domain bucket.
  RATE_LIMIT_EXEMPT_DOMAINS: 'exempt-provider.example,example.org',
};

let addresses = 0;
/** A documentation address (RFC 5737) of its own per call; the API believes it because TRUST_PROXY trusts loopback. */
const newAddress = (): string => {
  addresses += 1;
  return `${addresses % 2 === 0 ? '198.51.100' : '203.0.113'}.${Math.ceil(addresses / 2)}`;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Asserts a 429 as the brief demands (Retry-After, a wait in the reader's language) and waits it out. */
const expectLimited = (response: ClientResponse<unknown>, action: string, longestWaitSeconds = 3): number => {
  const body = response.body as ErrorBody;
  expect(response.status).toBe(429);
  expect(body).toMatchObject({ code: 'rate_limited', details: { action } });
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(longestWaitSeconds);
  expect(body.details?.retryAfterSeconds).toBe(retryAfter);
  return retryAfter;
};

const waitOut = (retryAfterSeconds: number): Promise<void> => sleep(retryAfterSeconds * 1000 + 50);

describe('rate limits (small limits configured for the test)', () => {
  let setupApi: NestFastifyApplication;
  let setupUrl: string;
  let api: NestFastifyApplication;
  let baseUrl: string;
  let make: ReturnType<typeof proposalFactory>;

  /** The person's cookies in a client of the limited API, coming from `address`. */
  const from = (person: { client: CookieClient }, address: string, language = 'zh-TW'): CookieClient => {
    const client = new CookieClient(baseUrl, { 'X-Forwarded-For': address, 'Accept-Language': language });
    for (const name of ['op_session', 'op_csrf']) {
      const value = person.client.cookie(name);
      if (value !== undefined) client.setCookie(name, value);
    }
    return client;
  };
  const anonymous = (address: string, language = 'zh-TW'): CookieClient => new CookieClient(baseUrl, { 'X-Forwarded-For': address, 'Accept-Language': language });

  beforeAll(async () => {
    // People are set up through an API with the suites' generous limits; the API under test shares its database and Redis.
    ({ app: setupApi, baseUrl: setupUrl } = await startTestApi());
    ({ app: api, baseUrl } = await startTestApi(testConfig(SMALL_LIMITS)));
    make = proposalFactory(api.get(DataSource));
  });
  afterAll(async () => {
    await api.close();
    await setupApi.close();
  });

  describe('login', () => {
    it('throttles failures for one account from one address, says when to try again in both languages, and recovers', async () => {
      const { email } = await signedInClient(setupUrl);
      const attacker = newAddress();
      const fail = (language = 'zh-TW') => anonymous(attacker, language).request('POST', '/v1/session', { body: { email, password: 'wrong password 123' } });
      for (let i = 0; i < 3; i += 1) expect((await fail()).status).toBe(401);

      const zh = await fail();
      const retryAfter = expectLimited(zh, 'login', 10);
      expect((zh.body as ErrorBody).message).toMatch(/^操作太頻繁，請在 \d+ 秒後再試。$/);
      const en = await fail('en');
      expectLimited(en, 'login', 10);
      expect((en.body as ErrorBody).message).toMatch(/^Too many attempts; try again in \d+ seconds?\.$/);
      // Even the right password waits: the pair is throttled, whatever the guess.
      expect((await anonymous(attacker).request('POST', '/v1/session', { body: { email, password: PASSWORD } })).status).toBe(429);

      await waitOut(retryAfter);
      expect((await fail()).status).toBe(401);
    });

    it('never locks the victim out: failures for their account from other addresses leave their own address alone', async () => {
      const { email } = await signedInClient(setupUrl);
      for (const attacker of [newAddress(), newAddress(), newAddress()]) {
        const client = anonymous(attacker);
        for (let i = 0; i < 3; i += 1) expect((await client.request('POST', '/v1/session', { body: { email, password: `guess number ${i}x` } })).status).toBe(401);
        expect((await client.request('POST', '/v1/session', { body: { email, password: 'one guess too many 1' } })).status).toBe(429);
      }
      const victim = anonymous(newAddress());
      const login = await victim.request('POST', '/v1/session', { body: { email, password: PASSWORD } });
      expect(login.status).toBe(200);
      expect((await victim.request('GET', '/v1/session/me')).status).toBe(200);
    });

    it('forgets a person’s own typos once they log in', async () => {
      const { email } = await signedInClient(setupUrl);
      const client = anonymous(newAddress());
      const attempt = (password: string) => client.request('POST', '/v1/session', { body: { email, password } });
      for (let i = 0; i < 2; i += 1) expect((await attempt('a typo of mine 1')).status).toBe(401);
      expect((await attempt(PASSWORD)).status).toBe(200);
      for (let i = 0; i < 2; i += 1) expect((await attempt('a typo of mine 2')).status).toBe(401);
      expect((await attempt(PASSWORD)).status).toBe(200);
    });

    it('throttles one address trying many accounts (credential stuffing)', async () => {
      const client = anonymous(newAddress());
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        statuses.push((await client.request('POST', '/v1/session', { body: { email: uniqueEmail('stuffed'), password: 'leaked password 123' } })).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    });
  });

  describe('registration', () => {
    const register = (client: CookieClient, email: string) => client.request('POST', '/v1/accounts', { body: { email, password: PASSWORD, displayName: '限流測試' } });

    it('limits registrations per address, and recovers', async () => {
      const client = anonymous(newAddress());
      const domains = ['a', 'b', 'c', 'd'].map((d) => `${d}-${randomUUID().slice(0, 8)}.example`);
      for (const domain of domains.slice(0, 3)) expect((await register(client, `person@${domain}`)).status).toBe(201);
      const limited = await register(client, `person@${domains[3]}`);
      await waitOut(expectLimited(limited, 'register', 10));
      expect((await register(client, `person@${domains[3]}`)).status).toBe(201);
    });

    it('limits registrations per email domain across addresses, but not for an exempt public provider', async () => {
      const domain = `org-${randomUUID().slice(0, 8)}.example`;
      expect((await register(anonymous(newAddress()), `one@${domain}`)).status).toBe(201);
      expect((await register(anonymous(newAddress()), `two@${domain}`)).status).toBe(201);
      expectLimited(await register(anonymous(newAddress()), `three@${domain}`), 'register', 1800);

      for (let i = 0; i < 3; i += 1) {
        expect((await register(anonymous(newAddress()), `someone-${randomUUID().slice(0, 8)}@exempt-provider.example`)).status).toBe(201);
      }
    });
  });

  describe('sending codes', () => {
    const requestReset = (client: CookieClient, email: string) => client.request('POST', '/v1/password-reset', { body: { email } });

    it('limits password-reset emails per address, registered or not (so the limit reveals nothing), and recovers', async () => {
      for (const email of [(await signedInClient(setupUrl)).email, uniqueEmail('nobody')]) {
        expect((await requestReset(anonymous(newAddress()), email)).status).toBe(202);
        expect((await requestReset(anonymous(newAddress()), email)).status).toBe(202);
        const limited = await requestReset(anonymous(newAddress()), email);
        expectLimited(limited, 'send_code');
        await waitOut(Number(limited.headers.get('retry-after')));
        expect((await requestReset(anonymous(newAddress()), email)).status).toBe(202);
      }
    });

    it('limits codes per email domain', async () => {
      const domain = `corp-${randomUUID().slice(0, 8)}.example`;
      for (const name of ['a', 'b', 'c']) expect((await requestReset(anonymous(newAddress()), `${name}@${domain}`)).status).toBe(202);
      // 3 an hour refill one every 20 minutes.
      expectLimited(await requestReset(anonymous(newAddress()), `d@${domain}`), 'send_code', 1200);
    });

    it('limits verification emails per account', async () => {
      const person = from(await signedInClient(setupUrl), newAddress());
      expect((await person.request('POST', '/v1/accounts/me/email-verification')).status).toBe(202);
      expect((await person.request('POST', '/v1/accounts/me/email-verification')).status).toBe(202);
      expectLimited(await person.request('POST', '/v1/accounts/me/email-verification'), 'send_code');
    });

    it('limits text messages per number, whichever account asks (no SMS bombing by taking turns)', async () => {
      const phone = `+8869${Math.floor(Math.random() * 1e8).toString().padStart(8, '0')}`;
      const first = from(await signedInPerson(setupApi, setupUrl, { tier: 'email' }), newAddress());
      const second = from(await signedInPerson(setupApi, setupUrl, { tier: 'email' }), newAddress());
      expect((await first.request('POST', '/v1/accounts/me/phone', { body: { phone } })).status).toBe(202);
      expect((await second.request('POST', '/v1/accounts/me/phone', { body: { phone } })).status).toBe(202);
      expectLimited(await second.request('POST', '/v1/accounts/me/phone', { body: { phone } }), 'send_code');
    });
  });

  describe('co-signing, proposing and commenting', () => {
    it('limits co-signs per account, and recovers', async () => {
      const person = from(await signedInPerson(setupApi, setupUrl, { tier: 'phone' }), newAddress());
      const proposals = await Promise.all([1, 2, 3].map(() => make.proposal({ status: 'open' })));
      const cosign = (id: string) => person.request('POST', `/v1/proposals/${id}/cosigns`, { body: {} });
      expect((await cosign(proposals[0].id)).status).toBe(201);
      expect((await cosign(proposals[1].id)).status).toBe(201);
      const limited = await cosign(proposals[2].id);
      await waitOut(expectLimited(limited, 'cosign'));
      expect((await cosign(proposals[2].id)).status).toBe(201);
    });

    it('limits co-signs per address across accounts', async () => {
      const address = newAddress();
      const proposal = await make.proposal({ status: 'open' });
      const people: CookieClient[] = [];
      for (let i = 0; i < 5; i += 1) people.push(from(await signedInPerson(setupApi, setupUrl, { tier: 'phone' }), address));
      const statuses: number[] = [];
      for (const person of people) statuses.push((await person.request('POST', `/v1/proposals/${proposal.id}/cosigns`, { body: {} })).status);
      expect(statuses).toEqual([201, 201, 201, 201, 429]);
    });

    it('limits proposal submissions per account (counted before the draft is looked up)', async () => {
      const person = from(await signedInPerson(setupApi, setupUrl, { tier: 'phone' }), newAddress());
      const submit = () => person.request('POST', `/v1/proposals/${randomUUID()}/submit`);
      expect((await submit()).status).toBe(404);
      expect((await submit()).status).toBe(404);
      await waitOut(expectLimited(await submit(), 'proposal'));
      expect((await submit()).status).toBe(404);
    });

    it('limits comments per account', async () => {
      const person = from(await signedInPerson(setupApi, setupUrl, { tier: 'email' }), newAddress());
      const proposal = await make.proposal({ status: 'open' });
      const comment = () => person.request('POST', `/v1/proposals/${proposal.id}/comments`, { body: { body: '我支持這個提議', stance: 'support' } });
      expect((await comment()).status).toBe(201);
      expect((await comment()).status).toBe(201);
      await waitOut(expectLimited(await comment(), 'comment'));
      expect((await comment()).status).toBe(201);
    });
  });
});

describe('rate limits with the default configuration', () => {
  let api: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    // The defaults, untouched (the other suites raise them with RATE_LIMIT_MULTIPLIER), and no proxy trusted.
    ({ app: api, baseUrl } = await startTestApi(testConfig({ RATE_LIMIT_MULTIPLIER: '1', TRUST_PROXY: 'false' })));
  });
  afterAll(() => api.close());

  it('throttles the sixth failed login for one account from one address, whatever X-Forwarded-For claims', async () => {
    const email = uniqueEmail('defaults');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      // A forged header per attempt: with no trusted proxy it must not split the attempts into different addresses.
      const client = new CookieClient(baseUrl, { 'X-Forwarded-For': `192.0.2.${i + 1}` });
      statuses.push((await client.request('POST', '/v1/session', { body: { email, password: 'not the password 9' } })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
