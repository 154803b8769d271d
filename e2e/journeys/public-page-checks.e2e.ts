import type { Browser, BrowserContext, Page } from 'playwright-core';
import { insertPublishedProposal, type PublishedProposal } from '../fixtures/published-proposal';
import { launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages } from '../support/page-checks';

/** Every public page, in both languages: axe-clean, no missing translation, fits a phone, screenshots kept. */
describe('public pages pass the accessibility and translation checks', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let proposal: PublishedProposal;

  beforeAll(async () => {
    browser = await launchBrowser();
    proposal = await insertPublishedProposal(databaseUrl(), '開放各縣市公車即時動態資料', 7);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const heading = (target: Page) => target.getByRole('heading', { level: 1 }).first().waitFor();

  it('home', async () => {
    await checkPageInBothLanguages(page, baseUrl(), 'check-home', { ready: (p) => p.getByTestId('area').first().waitFor() });
  });

  it('browse and search', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/proposals`, 'check-proposals', {
      ready: (p) => p.getByTestId('proposal-item').first().waitFor(),
    });
  });

  it('a proposal', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/proposals/${proposal.id}`, 'check-proposal', {
      ready: (p) => p.getByRole('progressbar').waitFor(),
    });
  });

  it('the rejection log', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/rejections`, 'check-rejections', { ready: heading });
  });

  it('not found', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/no/such/page`, 'check-not-found', { ready: heading });
  });
});
