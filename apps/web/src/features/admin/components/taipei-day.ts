/**
 * Blackouts are entered as Taipei calendar days: a pause "from 11-29" starts at 00:00 Taiwan
 * time that day, and activity "resumes on 01-28" at 00:00 that day (the API's exclusive end).
 */
export const taipeiDayToIso = (day: string): string => new Date(`${day}T00:00:00+08:00`).toISOString();

export const isoToTaipeiDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
