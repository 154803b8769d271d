import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInStaff } from '../fixtures/staff-person';
import { insertSubmittedProposal } from '../fixtures/submitted-proposal';
import { VIEWPORTS, launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';
import { publishSubmission, returnForRevision } from '../support/staff-steps';

const statusOf = async (id: string): Promise<{ status: string; note: string | null }> => {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const rows = await client.query<{ status: string; note: string | null }>(
      `SELECT p.status, (SELECT reason FROM audit_log a WHERE a.subject_id = p.id::text AND a.action = 'proposal.return' ORDER BY a.id DESC LIMIT 1) AS note
       FROM proposals p WHERE p.id = $1`,
      [id],
    );
    return rows.rows[0] ?? { status: 'missing', note: null };
  } finally {
    await client.end();
  }
};

describe('moderator: the review queue', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let toReturn: string;
  let toPublish: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    toReturn = await insertSubmittedProposal(databaseUrl(), '公開各機關會議紀錄（待補充）');
    toPublish = await insertSubmittedProposal(databaseUrl(), '公開各機關會議紀錄');
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: VIEWPORTS.desktop });
    await signInStaff(context, baseUrl(), databaseUrl(), [{ kind: 'moderator' }]);
    page = await context.newPage();
    // The page checks leave English remembered in this context; the journey reads Chinese.
    await useLanguage(page, 'zh-TW');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('passes the page checks in both languages', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/moderation`, 'check-moderation', {
      ready: (p) => p.getByTestId('queued-proposal').first().waitFor(),
    });
  });

  it('returns one submission with a note and publishes another, by keyboard-reachable dialogs', async () => {
    await page.goto(`${baseUrl()}/moderation`);
    await returnForRevision(page, '公開各機關會議紀錄（待補充）', '請補充預計的公開期限與負責機關。');
    expect(await statusOf(toReturn)).toEqual({ status: 'draft', note: '請補充預計的公開期限與負責機關。' });

    await publishSubmission(page, '公開各機關會議紀錄');
    expect((await statusOf(toPublish)).status).toBe('open');
  });
});
