import type { Citizen } from './seed';

export interface Answer {
  /** 0: no HTTP answer at all (connection refused or reset, timeout). */
  readonly status: number;
  readonly body: string;
  readonly retryAfter: string | null;
  readonly ms: number;
}

/** POST /api/v1/proposals/:id/cosigns as this citizen; never throws. */
export const cosign = async (baseUrl: string, citizen: Citizen, proposalId: string): Promise<Answer> => {
  const started = Date.now();
  try {
    const response = await fetch(`${baseUrl}/api/v1/proposals/${proposalId}/cosigns`, {
      method: 'POST',
      headers: { ...citizen.headers, 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{}',
      signal: AbortSignal.timeout(20_000),
    });
    return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after'), ms: Date.now() - started };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error), retryAfter: null, ms: Date.now() - started };
  }
};

export const get = async (url: string): Promise<Answer> => {
  const started = Date.now();
  try {
    const response = await fetch(url, { headers: { 'accept-language': 'en' }, signal: AbortSignal.timeout(20_000) });
    return { status: response.status, body: await response.text(), retryAfter: response.headers.get('retry-after'), ms: Date.now() - started };
  } catch (error) {
    return { status: 0, body: error instanceof Error ? error.message : String(error), retryAfter: null, ms: Date.now() - started };
  }
};

/** Runs `work` over the items with at most `inFlight` at once, in order of the items. */
export const inParallel = async <T, R>(items: readonly T[], inFlight: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, lane));
  return results;
};

/** Status → how many answers had it. */
export const tally = (answers: readonly Answer[]): Record<string, number> =>
  answers.reduce<Record<string, number>>((sum, a) => ({ ...sum, [String(a.status)]: (sum[String(a.status)] ?? 0) + 1 }), {});
