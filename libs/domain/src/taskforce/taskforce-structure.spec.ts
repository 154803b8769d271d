import { validateTaskforceStructure, type TaskforceSeat, type TaskforceStructure } from './taskforce-structure';

const text = (zh: string): { 'zh-TW': string; en: string } => ({ 'zh-TW': zh, en: zh });
const seat = (overrides: Partial<TaskforceSeat> = {}): TaskforceSeat => ({
  code: 'convener',
  role: 'convener',
  side: 'government',
  holder: text('召集人'),
  title: text('政務委員'),
  seatCount: 1,
  note: text(''),
  ...overrides,
});
const structure = (seats: TaskforceSeat[]): TaskforceStructure => ({
  name: text('推動小組'),
  establishedIn: '2020-08',
  meetingFrequency: 'quarterly',
  composition: text('公私各半'),
  source: text('來源'),
  seats,
});

describe('validateTaskforceStructure', () => {
  it('accepts a convener and a described group of members', () => {
    expect(validateTaskforceStructure(structure([seat(), seat({ code: 'civil', role: 'member', side: 'civil', holder: null, seatCount: 12 })]))).toBeNull();
  });

  it.each<[string, TaskforceSeat[]]>([
    ['no_convener', [seat({ role: 'member' })]],
    ['duplicate_seat', [seat(), seat()]],
    ['unknown_role', [seat(), seat({ code: 'x', role: 'chair' as TaskforceSeat['role'] })]],
    ['unknown_side', [seat({ side: 'ngo' as TaskforceSeat['side'] })]],
    ['invalid_seat_count', [seat({ seatCount: 0 })]],
    ['invalid_seat_count', [seat({ seatCount: 1.5 })]],
    ['holder_of_group', [seat({ seatCount: 12 })]],
    ['holder_of_group', [seat({ seatCount: null })]],
  ])('answers %s', (problem, seats) => {
    expect(validateTaskforceStructure(structure(seats))).toBe(problem);
  });
});
