import { participationRules } from '@open-proposals/domain';
import { DEMO_CITIZENS, DEMO_CYCLE, DEMO_PROPOSALS, DEMO_TITLE_PREFIX } from './demo-data';
import { tellDemoStory, type DemoCast } from './demo-story';

const NOW = new Date('2026-03-01T04:00:00Z');

const cast = (): DemoCast & { proposalIds: Map<string, string> } => ({
  citizenIds: DEMO_CITIZENS.map((_c, i) => `citizen-${i}`),
  staffId: 'staff',
  cycleId: 'cycle',
  rules: participationRules({ threshold: DEMO_CYCLE.threshold, cosignWindowDays: DEMO_CYCLE.cosignWindowDays }),
  areaCodes: ['open-data', 'public-participation', 'inclusion', 'integrity', 'anti-money-laundering'],
  agencyIds: ['ndc'],
  proposalIds: new Map(),
  mergeTargetCommitmentId: 'commitment-2.2',
});

describe('the demo proposals', () => {
  const c = cast();
  const told = DEMO_PROPOSALS.map((story, i) => {
    const history = tellDemoStory(`proposal-${i}`, story, c, NOW);
    c.proposalIds.set(story.key, history.proposal.id);
    return { story, history };
  });

  it('cover every public state, plus one rejected and one under review', () => {
    expect(new Set(told.map((t) => t.history.proposal.status))).toEqual(
      new Set(['open', 'threshold_reached', 'routed', 'adopted', 'merged', 'referred', 'declined', 'expired', 'duplicate', 'rejected', 'in_review']),
    );
  });

  it.each(DEMO_PROPOSALS.map((s, i) => [s.key, i] as const))('%s reaches its outcome through the domain, in the past, marked as demo', (_key, i) => {
    const { story, history } = told[i] ?? { story: undefined, history: undefined };
    if (story === undefined || history === undefined) throw new Error('story not told');
    const { proposal, audit, cosigns } = history;
    expect(proposal.status).toBe(story.outcome);
    expect(proposal.content.title.startsWith(DEMO_TITLE_PREFIX)).toBe(true);
    expect(proposal.cosignCount).toBe(cosigns.length);
    expect(cosigns.every((x) => x.cosignerId !== proposal.proposerId)).toBe(true);
    expect(new Set(cosigns.map((x) => x.cosignerId)).size).toBe(cosigns.length);
    expect([...audit.map((a) => a.occurredAt), ...cosigns.map((x) => x.createdAt), proposal.updatedAt].every((d) => d.getTime() < NOW.getTime())).toBe(true);
  });

  it('points the duplicate at its original and the merge at the seeded commitment', () => {
    const byKey = new Map(told.map((t) => [t.story.key, t.history.proposal]));
    expect(byKey.get('budget-data-again')?.duplicateOfId).toBe(byKey.get('budget-data')?.id);
    expect(byKey.get('youth-forum')?.decision).toMatchObject({ outcome: 'merge', targetCommitmentId: 'commitment-2.2' });
  });
});
