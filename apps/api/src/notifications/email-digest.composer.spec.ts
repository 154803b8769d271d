import { NOTIFICATION_KINDS } from '@open-proposals/domain';
import { composeDigest } from './email-digest.composer';

const PROPOSAL = '3f1c9a62-5d7e-4b8a-9c0d-1e2f3a4b5c6d';

describe('the notification email digest', () => {
  it('puts every update in one email, in both languages, with what comes next and a link', () => {
    const email = composeDigest(
      [
        { kind: 'proposal.threshold_reached', proposalId: PROPOSAL, proposalTitle: '公開預算資料' },
        { kind: 'agency.responded', proposalId: PROPOSAL, proposalTitle: '公開預算資料' },
      ],
      '王小明',
      'https://join.example.tw/',
    );
    expect(email.subject).toContain('2');
    expect(email.body).toContain('「公開預算資料」已達到附議門檻。');
    expect(email.body).toContain('提議將送交推動小組審議');
    expect(email.body).toContain('"公開預算資料" reached its co-sign threshold.');
    expect(email.body).toContain('The responsible agency answered');
    expect(email.body.split(`https://join.example.tw/proposals/${PROPOSAL}`)).toHaveLength(5);
    expect(email.body).toContain('https://join.example.tw/me/notifications');
    expect(email.body.indexOf('王小明 您好')).toBeLessThan(email.body.indexOf('Hello 王小明'));
  });

  it('words every kind of notification, and an unknown one generically', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const { body } = composeDigest([{ kind, proposalId: PROPOSAL, proposalTitle: 'T' }], 'A', 'http://x');
      expect(body).not.toContain('有新進展。');
    }
    expect(composeDigest([{ kind: 'something.new', proposalId: null, proposalTitle: null }], 'A', 'http://x').body).toContain('有新進展');
  });
});
