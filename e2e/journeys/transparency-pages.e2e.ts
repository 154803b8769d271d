import type { Browser, BrowserContext, Page } from 'playwright-core';
import { routeAndAnswer } from '../fixtures/answered-request';
import { insertCosigns } from '../fixtures/cosigns';
import { insertPublishedProposal, type PublishedProposal } from '../fixtures/published-proposal';
import { insertTrackedCommitment, type TrackedCommitment } from '../fixtures/tracked-commitment';
import { launchBrowser } from '../support/browser';
import { baseUrl, databaseUrl } from '../support/e2e-environment';
import { checkPageInBothLanguages, useLanguage } from '../support/page-checks';

const CHART_IDS = ['by-stage', 'by-area', 'threshold-reach', 'median-days', 'cosign-curves', 'agency-on-time', 'completion-by-area'];

describe('transparency pages: commitments, agencies, statistics, open data', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let commitment: TrackedCommitment;
  let routed: PublishedProposal;

  beforeAll(async () => {
    browser = await launchBrowser();
    const proposal = await insertPublishedProposal(databaseUrl(), '開放公車即時動態資料', 12);
    // Real rows, so the statistics page has a co-sign curve to draw.
    await insertCosigns(databaseUrl(), proposal.id, 12);
    commitment = await insertTrackedCommitment(databaseUrl(), proposal.id);
    routed = await insertPublishedProposal(databaseUrl(), '公開各部會預算資料', 5200);
    await routeAndAnswer(databaseUrl(), routed.id);
    context = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
    page = await context.newPage();
    // The page checks leave the context's stored language at English; this page reads Chinese.
    await useLanguage(page, 'zh-TW');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const loaded = (headingId: string) => (target: Page) => target.locator(`section[aria-labelledby="${headingId}"][aria-busy="false"]`).waitFor();

  it('the commitments tracker', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/commitments`, 'check-commitments', {
      ready: (p) => p.getByTestId('commitment-item').first().waitFor(),
    });
  });

  it('a commitment with milestones, origin and assessments', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/commitments/${commitment.id}`, 'check-commitment', {
      ready: (p) => p.getByTestId('milestone').first().waitFor(),
    });
    await page.goto(`${baseUrl()}/commitments/${commitment.id}`);
    await page.getByTestId('milestone').first().waitFor();
    // Origin links to the citizen's proposal; the agency is named (the agency list loads after the commitment).
    const facts = page.getByTestId('commitment-facts');
    await facts.getByRole('link', { name: '國家發展委員會' }).waitFor();
    expect(await facts.getByRole('link', { name: '開放公車即時動態資料' }).getAttribute('href')).toMatch(/^\/proposals\/[0-9a-f-]{36}$/);
  });

  it('the agency responsiveness table', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/agencies`, 'check-agencies', { ready: loaded('agencies-heading') });
  });

  it('one agency’s requests', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/agencies/${commitment.agencyId}`, 'check-agency', { ready: loaded('agency-heading') });
  });

  it('a routed proposal with its agency’s point-by-point answer', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/proposals/${routed.id}`, 'check-proposal-answered', {
      ready: (p) => p.getByTestId('agency-response').waitFor(),
    });
    await page.goto(`${baseUrl()}/proposals/${routed.id}`);
    const answer = page.getByTestId('agency-response');
    await answer.waitFor();
    expect(await answer.getByRole('heading', { level: 4 }).innerText()).toBe('資料格式');
    expect(await answer.getByRole('link', { name: '國家發展委員會' }).getAttribute('href')).toBe(`/agencies/${commitment.agencyId}`);
  });

  it('the statistics page', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/stats`, 'check-stats', {
      ready: (p) => p.locator('[data-testid="chart-drawing"] svg').nth(CHART_IDS.length - 1).waitFor(),
    });
  });

  it('the open data page', async () => {
    await checkPageInBothLanguages(page, `${baseUrl()}/open-data`, 'check-open-data', { ready: (p) => p.getByTestId('dataset').first().waitFor() });
  });

  it('draws every chart together with its data table', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${baseUrl()}/stats`);
    await page.locator('[data-testid="chart-drawing"] svg').nth(CHART_IDS.length - 1).waitFor();

    for (const id of CHART_IDS) {
      const figure = page.getByTestId(`chart-${id}`);
      const drawing = figure.getByTestId('chart-drawing');
      // Drawn: a sized SVG (the largest; legends hold small icon SVGs) with marks in it, hidden from assistive technology.
      const sizes = await drawing.locator('svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map(({ width, height }) => ({ width, height })));
      const largest = sizes.sort((a, b) => b.width * b.height - a.width * a.height)[0];
      expect({ id, drawn: largest !== undefined && largest.width > 200 && largest.height > 100 }).toEqual({ id, drawn: true });
      expect({ id, marks: (await drawing.locator('.recharts-bar-rectangle, .recharts-line-curve').count()) > 0 }).toEqual({ id, marks: true });
      expect(await drawing.getAttribute('aria-hidden')).toBe('true');
      // Its table: visible, captioned, with rows.
      const table = figure.getByRole('table');
      expect({ id, visible: await table.isVisible() }).toEqual({ id, visible: true });
      expect({ id, rows: (await table.locator('tbody tr').count()) > 0 }).toEqual({ id, rows: true });
    }
    // The threshold line is drawn on the co-sign curves.
    expect(await page.getByTestId('chart-cosign-curves').locator('.recharts-reference-line').count()).toBeGreaterThan(0);
  });
});
