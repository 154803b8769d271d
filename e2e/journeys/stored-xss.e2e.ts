import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signUpPerson, type ApiPerson } from '../fixtures/api-person';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { useLanguage } from '../support/page-checks';

/**
 * Every payload announces itself: it would set window.__xss and open a dialog if it ever ran.
 * Kept within each field's limit (a title has 80 characters, a display name 50).
 */
const vector = {
  script: (n: number) => `<script>window.__xss=${n};alert(${n})</script>`,
  img: (n: number) => `<img src=x onerror="window.__xss=${n};alert(${n})">`,
  svg: (n: number) => `<svg onload="window.__xss=${n};alert(${n})">`,
  breakout: (n: number) => `"><svg/onload=window.__xss=${n};alert(${n})>`,
  markdownLink: (n: number) => `[看這裡](javascript:window.__xss=${n};alert(${n}))`,
  template: (n: number) => `{{7*7}} \${7*7} {{constructor.constructor('window.__xss=${n}')()}}`,
  anchor: (n: number) => `<a href="javascript:window.__xss=${n};alert(${n})">連結</a>`,
  iframe: (n: number) => `<iframe src="javascript:window.__xss=${n};alert(${n})"></iframe>`,
};
/** All vectors in one text, one per line, for the long fields. */
const everything = (n: number): string => Object.values(vector).map((v, i) => v(n * 100 + i)).join('\n');

const TITLE = `XSS提議 ${vector.img(1)}`;
const NAME = {
  author: `<img src=x onerror=window.__xss=2;alert(2)>`,
  commenter: `"><svg/onload=window.__xss=3;alert(3)>`,
};
const COMMENT = `留言 ${vector.script(4)} ${vector.markdownLink(5)}`;
/** Shown without a name under 附議者留言 on the proposal page. */
const COSIGN_COMMENT = `附議 ${vector.svg(6)}`;
const RETURN_NOTE = `退回 ${vector.anchor(7)}`;
const REJECT_NOTE = `駁回 ${vector.breakout(8)}`;
const AGENCY_NAME = `XSS機關 ${vector.svg(9)}`;
const RESPONSE_HEADING = `回應 ${vector.img(10)}`;
const RESPONSE_BODY = `說明 ${vector.template(11)}`;
const DECLINE_RATIONALE = `不採納 ${vector.script(12)}`;
const COMMITMENT_TITLE = `XSS承諾 ${vector.breakout(13)}`;
const MILESTONE_TITLE = `里程碑 ${vector.iframe(14)}`;
const PROGRESS_TEXT = `進度 ${vector.markdownLink(15)}`;
const EXTENSION_REASON = `展延 ${vector.img(16)}`;
const REPORT_REASON = `檢舉 ${vector.svg(36)}`;
const INBOX_TITLE = `XSS待決議 ${vector.anchor(18)}`;

const VOTES = { government: { for: 5, against: 0, abstain: 0 }, civil: { for: 7, against: 1, abstain: 0 } };

const draft = (title: string) => ({
  title,
  background: everything(20),
  proposal: everything(21),
  expectedBenefits: everything(22),
  areaCode: 'open-data',
  links: ['https://example.org/?q=<script>window.__xss=23</script>'],
});

/** Moves a published proposal to `routed`, opens its review item and asks `agencyId` to answer, as the routing job would. */
const route = async (proposalId: string, agencyId: string): Promise<{ reviewItemId: string; requestId: string }> => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `UPDATE proposals SET status = 'routed', threshold_reached_at = now(), routed_at = now(), routed_agency_ids = ARRAY[$2::uuid],
              agency_response_due_at = now() + interval '60 days' WHERE id = $1`,
      [proposalId, agencyId],
    );
    const item = await client.query<{ id: string }>('INSERT INTO taskforce_review_items (proposal_id) VALUES ($1) RETURNING id', [proposalId]);
    const request = await client.query<{ id: string }>(
      `INSERT INTO agency_response_requests (proposal_id, agency_id, due_at) VALUES ($1, $2, now() + interval '60 days') RETURNING id`,
      [proposalId, agencyId],
    );
    return { reviewItemId: item.rows[0]?.id ?? '', requestId: request.rows[0]?.id ?? '' };
  } finally {
    await client.end();
  }
};

interface PageVisit {
  readonly dialogs: string[];
  readonly xss: unknown;
  readonly dangerousLinks: string[];
  readonly cspViolations: { directive: string; sample: string }[];
  readonly missingText: string[];
}

/**
 * Opens `path` in `context` and reports what a stored XSS would leave behind: dialogs, the
 * window.__xss marker, script-scheme URLs in attributes, CSP violations, and payload text that is
 * not visible as text (escaped text shows; stripped or executed markup does not).
 */
const visit = async (context: BrowserContext, path: string, expectedText: readonly string[], inject?: string): Promise<PageVisit> => {
  const page: Page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Injected over DevTools, so the page's own CSP cannot refuse it; records what the CSP blocks.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: { directive: string; sample: string }[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push({ directive: e.effectiveDirective, sample: e.sample }));
  });
  try {
    await page.goto(`${baseUrl()}${path}`);
    // Only for the control test: markup put straight into the DOM, as a broken renderer would.
    if (inject !== undefined) await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), inject);
    const missingText: string[] = [];
    for (const text of expectedText) {
      const shown = await page
        .waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      if (!shown) missingText.push(text);
    }
    // Give any onload/onerror handler a moment to fire.
    await page.waitForTimeout(300);
    return await page.evaluate(
      ({ dialogs: seen, missingText: missing }) => {
        // Browsers skip control characters inside a URL scheme ("java\tscript:"), so the check does too.
        // eslint-disable-next-line no-control-regex
        const hidden = /[\u0000-\u001f]/g;
        const dangerousLinks = [...document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')].flatMap((el) =>
          ['href', 'src', 'action', 'formaction', 'xlink:href']
            .map((name) => el.getAttribute(name))
            .filter((value): value is string => value !== null && /^\s*(javascript|vbscript|data:text\/html)/i.test(value.replace(hidden, ''))),
        );
        const w = window as unknown as { __xss?: unknown; __csp: { directive: string; sample: string }[] };
        return { dialogs: seen, xss: w.__xss, dangerousLinks, cspViolations: w.__csp, missingText: missing };
      },
      { dialogs, missingText },
    );
  } finally {
    await page.close();
  }
};

describe('stored XSS: payloads written through the API stay text on every page that shows them', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const people: Record<'author' | 'moderator' | 'commenter' | 'cosigner' | 'member' | 'officer' | 'admin', ApiPerson | undefined> = {
    author: undefined,
    moderator: undefined,
    commenter: undefined,
    cosigner: undefined,
    member: undefined,
    officer: undefined,
    admin: undefined,
  };
  const ids = { open: '', inbox: '', inReview: '', returned: '', rejected: '', adopted: '', declined: '', agency: '', commitment: '' };
  const refusals: string[] = [];

  const newContext = async (): Promise<BrowserContext> => {
    const context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    contexts.push(context);
    const page = await context.newPage();
    await useLanguage(page, 'zh-TW');
    await page.close();
    return context;
  };
  const person = (name: keyof typeof people): ApiPerson => {
    const found = people[name];
    if (found === undefined) throw new Error(`${name} was not created`);
    return found;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const url = baseUrl();
    const db = databaseUrl();
    people.admin = await signUpPerson(await newContext(), url, db, { displayName: '管理者', roles: [{ kind: 'admin' }] });
    ids.agency = (await person('admin').must('POST', '/v1/admin/agencies', { code: `xss-${Date.now().toString(36)}`, nameZhTw: AGENCY_NAME, nameEn: `XSS agency ${vector.script(17)}` })).id as string;
    people.author = await signUpPerson(await newContext(), url, db, { displayName: NAME.author, phone: true });
    people.moderator = await signUpPerson(await newContext(), url, db, { displayName: '檢核者', roles: [{ kind: 'moderator' }] });
    people.commenter = await signUpPerson(await newContext(), url, db, { displayName: NAME.commenter });
    people.cosigner = await signUpPerson(await newContext(), url, db, { displayName: '附議者', phone: true });
    people.member = await signUpPerson(await newContext(), url, db, { displayName: '小組委員', roles: [{ kind: 'task_force_member', side: 'civil', role: 'co_convener' }] });
    people.officer = await signUpPerson(await newContext(), url, db, { displayName: '機關承辦', roles: [{ kind: 'agency_officer', agencyId: ids.agency }] });

    const author = person('author');
    const moderator = person('moderator');
    const submitted = async (title: string): Promise<string> => {
      const id = (await author.must('POST', '/v1/proposals', draft(title))).id as string;
      await author.must('POST', `/v1/proposals/${id}/submit`);
      return id;
    };
    ids.open = await submitted(TITLE);
    ids.inReview = await submitted(`XSS待檢核 ${vector.svg(30)}`);
    ids.returned = await submitted(`XSS退回 ${vector.script(31)}`);
    ids.rejected = await submitted(`XSS駁回 ${vector.anchor(32)}`);
    ids.adopted = await submitted(`XSS採納 ${vector.img(33)}`);
    ids.declined = await submitted(`XSS不採納 ${vector.breakout(34)}`);
    ids.inbox = await submitted(INBOX_TITLE);
    for (const id of [ids.open, ids.adopted, ids.declined, ids.inbox]) await moderator.must('POST', `/v1/moderation/proposals/${id}/publish`);
    await moderator.must('POST', `/v1/moderation/proposals/${ids.returned}/return`, { note: RETURN_NOTE });
    await moderator.must('POST', `/v1/moderation/proposals/${ids.rejected}/reject`, { code: 'other', note: REJECT_NOTE });

    const comment = (await person('commenter').must('POST', `/v1/proposals/${ids.open}/comments`, { body: COMMENT, stance: 'support' })).id as string;
    await person('cosigner').must('POST', `/v1/proposals/${ids.open}/comments`, { body: `回覆 ${vector.iframe(35)}`, stance: 'neutral', parentId: comment });
    await person('cosigner').must('POST', `/v1/proposals/${ids.open}/cosigns`, { comment: COSIGN_COMMENT });
    await person('cosigner').must('POST', `/v1/comments/${comment}/reports`, { reason: REPORT_REASON });

    const adopted = await route(ids.adopted, ids.agency);
    const declined = await route(ids.declined, ids.agency);
    await route(ids.inbox, ids.agency);
    const officer = person('officer');
    await officer.must('POST', `/v1/agency/requests/${adopted.requestId}/response`, { points: [{ heading: RESPONSE_HEADING, body: RESPONSE_BODY }, { body: everything(37) }] });
    await officer.must('POST', `/v1/agency/requests/${declined.requestId}/extension`, { reason: EXTENSION_REASON, newDueAt: new Date(Date.now() + 90 * 86_400_000).toISOString() });

    const member = person('member');
    const decision = await member.must('POST', `/v1/taskforce/review-items/${adopted.reviewItemId}/decision`, {
      outcome: 'adopt',
      rationale: `採納 ${vector.template(38)}`,
      votes: VOTES,
      commitment: { title: { 'zh-TW': COMMITMENT_TITLE, en: `XSS commitment ${vector.img(39)}` }, description: { 'zh-TW': everything(40) }, areaCode: 'open-data' },
    });
    ids.commitment = decision.commitmentId as string;
    await member.must('POST', `/v1/taskforce/review-items/${declined.reviewItemId}/decision`, { outcome: 'decline', rationale: DECLINE_RATIONALE, votes: VOTES });
    // An http(s) address that carries markup: stored as given, it must still render as a plain link.
    await member.must('POST', `/v1/commitments/${ids.commitment}/milestones`, { title: { 'zh-TW': MILESTONE_TITLE }, dueOn: '2030-12-31', evidenceUrl: 'https://example.org/?q="><svg/onload=alert(41)>' });
    await member.must('POST', `/v1/commitments/${ids.commitment}/progress`, { quarter: '2030-Q1', text: { 'zh-TW': PROGRESS_TEXT }, completion: 'limited' });
    await member.must('POST', '/v1/taskforce/meetings', { heldOn: '2030-03-15', title: `會議 ${vector.script(42)}` });

    // Script URLs must be refused where a link is stored, not merely escaped where it is shown.
    for (const [label, answer] of [
      ['proposal link', await author.send('POST', '/v1/proposals', { ...draft('javascript 連結'), links: ['javascript:alert(43)'] })],
      ['proposal link with a leading space', await author.send('POST', '/v1/proposals', { ...draft('javascript 連結'), links: [' JavaScript:alert(44)'] })],
      ['milestone evidence', await member.send('POST', `/v1/commitments/${ids.commitment}/milestones`, { title: { 'zh-TW': '里程碑' }, dueOn: '2030-12-31', evidenceUrl: 'javascript:alert(45)' })],
      ['milestone evidence as data URL', await member.send('POST', `/v1/commitments/${ids.commitment}/milestones`, { title: { 'zh-TW': '里程碑' }, dueOn: '2030-12-31', evidenceUrl: 'data:text/html,<script>alert(46)</script>' })],
    ] as const) {
      if (answer.status !== 400) refusals.push(`${label} answered ${answer.status}`);
    }
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('notices markup that does reach the DOM (a control for the checks below)', async () => {
    const result = await visit(await newContext(), '/rejections', [], `${vector.img(99)}${vector.anchor(98)}`);
    expect(result.xss).toBeUndefined();
    expect(result.cspViolations.map((v) => v.directive)).toContain('script-src-attr');
    expect(result.dangerousLinks).toEqual(['javascript:window.__xss=98;alert(98)']);
  });

  it('refuses script URLs where links are stored', () => {
    expect(refusals).toEqual([]);
  });

  const publicPages: readonly [string, () => string, () => readonly string[]][] = [
    ['home', () => '/', () => [TITLE]],
    ['browse', () => '/proposals', () => [TITLE]],
    ['search results', () => `/proposals?q=${encodeURIComponent('XSS提議')}`, () => [TITLE]],
    ['proposal page (text, comments, co-signers’ comments)', () => `/proposals/${ids.open}`, () => [TITLE, vector.script(2000), vector.markdownLink(2104), COMMENT, NAME.commenter, COSIGN_COMMENT]],
    ['adopted proposal (agency answer)', () => `/proposals/${ids.adopted}`, () => [RESPONSE_HEADING, RESPONSE_BODY]],
    ['declined proposal (task-force reasons)', () => `/proposals/${ids.declined}`, () => [DECLINE_RATIONALE, EXTENSION_REASON]],
    ['rejections log', () => '/rejections', () => [REJECT_NOTE]],
    ['commitments tracker', () => '/commitments', () => [COMMITMENT_TITLE]],
    ['commitment page', () => `/commitments/${ids.commitment}`, () => [COMMITMENT_TITLE, MILESTONE_TITLE, PROGRESS_TEXT]],
    ['agency page', () => `/agencies/${ids.agency}`, () => [AGENCY_NAME]],
  ];

  it.each(publicPages)('a visitor sees the %s with every payload as text and nothing run', async (_name, path, expected) => {
    const result = await visit(await newContext(), path(), expected());
    expect(result).toEqual({ dialogs: [], xss: undefined, dangerousLinks: [], cspViolations: [], missingText: [] });
  });

  const staffPages: readonly [string, keyof typeof people, string, () => readonly string[]][] = [
    ['my proposals (return note)', 'author', '/me/proposals', () => [RETURN_NOTE]],
    ['notifications', 'author', '/me/notifications', () => [TITLE]],
    ['moderation queue', 'moderator', '/moderation', () => [`XSS待檢核 ${vector.svg(30)}`, COMMENT, REPORT_REASON, NAME.commenter]],
    ['task-force inbox', 'member', '/taskforce', () => [INBOX_TITLE]],
    ['agency officer page', 'officer', '/agency', () => [`XSS不採納 ${vector.breakout(34)}`]],
  ];

  it.each(staffPages)('%s, as its reader, shows every payload as text and runs nothing', async (_name, who, path, expected) => {
    const result = await visit(person(who).context, path, expected());
    expect(result).toEqual({ dialogs: [], xss: undefined, dangerousLinks: [], cspViolations: [], missingText: [] });
  });
});
