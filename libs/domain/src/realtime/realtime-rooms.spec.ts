import { isProposalId, realtimeRooms } from './realtime-rooms';

describe('realtime rooms', () => {
  it('names one room per proposal and per user, and one per staff group', () => {
    expect(realtimeRooms.proposal('0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e')).toBe('proposal:0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e');
    expect(realtimeRooms.user('u1')).toBe('user:u1');
    expect([realtimeRooms.moderators, realtimeRooms.taskforce]).toEqual(['moderators', 'taskforce']);
  });

  it('accepts only uuids as proposal ids sent by a client', () => {
    expect(isProposalId('0B6F6A9E-2F1C-4C1E-9D55-1F2A3B4C5D6E')).toBe(true);
    expect(isProposalId('user:0b6f6a9e-2f1c-4c1e-9d55-1f2a3b4c5d6e')).toBe(false);
    expect(isProposalId('moderators')).toBe(false);
    expect(isProposalId(42)).toBe(false);
    expect(isProposalId(undefined)).toBe(false);
  });
});
