import type { DataSource } from 'typeorm';

/**
 * Rules from DOMAIN.md and the DTOs that every stored row must keep, whatever the API accepted.
 * Each query counts the rows that break its rule. U+FFFD is what a lone surrogate becomes on its
 * way to PostgreSQL, so finding it means text was silently changed rather than refused.
 */
const INVARIANTS: Readonly<Record<string, string>> = {
  'a proposal title has at most 80 characters': `SELECT count(*) FROM proposals WHERE char_length(title) > 80`,
  'a proposal suggests at most 3 agencies': `SELECT count(*) FROM proposals WHERE cardinality(suggested_agency_ids) > 3`,
  'proposal links are http(s)': `SELECT count(*) FROM proposals, unnest(links) AS link WHERE link !~ '^https?://'`,
  'a comment body is 1 to 2000 characters of text': `SELECT count(*) FROM comments WHERE char_length(body) > 2000 OR btrim(body) = ''`,
  'a comment stance is support, oppose or neutral': `SELECT count(*) FROM comments WHERE stance NOT IN ('support', 'oppose', 'neutral')`,
  'a co-sign comment has at most 200 characters': `SELECT count(*) FROM cosigns WHERE char_length(comment) > 200`,
  // An erased account (privacy) keeps its row as a tombstone with no name at all.
  'a display name has at most 50 characters': `SELECT count(*) FROM users WHERE char_length(display_name) > 50 OR (btrim(display_name) = '' AND deleted_at IS NULL)`,
  'an agency code is lowercase letters, digits and hyphens': `SELECT count(*) FROM agencies WHERE code !~ '^[a-z][a-z0-9-]{1,39}$'`,
  'a cycle threshold and window are positive': `SELECT count(*) FROM participation_cycles WHERE threshold < 1 OR cosign_window_days < 1`,
  'votes are zero or more': `SELECT count(*) FROM taskforce_decisions WHERE least(government_for, government_against, government_abstain, civil_for, civil_against, civil_abstain) < 0`,
  'milestone evidence links are http(s)': `SELECT count(*) FROM commitment_milestones WHERE evidence_url IS NOT NULL AND evidence_url !~ '^https?://'`,
  'a milestone status is planned, in_progress, done or delayed': `SELECT count(*) FROM commitment_milestones WHERE status NOT IN ('planned', 'in_progress', 'done', 'delayed')`,
  'a progress quarter looks like 2025-Q3': `SELECT count(*) FROM commitment_progress_updates WHERE quarter !~ '^\\d{4}-Q[1-4]$'`,
  'no stored text was altered from a lone surrogate': `
    SELECT (SELECT count(*) FROM proposals WHERE strpos(concat(title, background, body, expected_benefits, return_note, rejection_note, decision_rationale), U&'\\FFFD') > 0)
         + (SELECT count(*) FROM comments WHERE strpos(concat(body, moderation_reason), U&'\\FFFD') > 0)
         + (SELECT count(*) FROM users WHERE strpos(display_name, U&'\\FFFD') > 0)
         + (SELECT count(*) FROM cosigns WHERE strpos(comment, U&'\\FFFD') > 0)
         + (SELECT count(*) FROM agencies WHERE strpos(concat(name_zh_tw, name_en), U&'\\FFFD') > 0)
         + (SELECT count(*) FROM taskforce_meetings WHERE strpos(title, U&'\\FFFD') > 0)
         + (SELECT count(*) FROM agency_responses WHERE strpos(points::text, U&'\\FFFD') > 0)`,
};

/** The rules some row breaks, with how many rows break each. */
export const brokenInvariants = async (dataSource: DataSource): Promise<string[]> => {
  const broken: string[] = [];
  for (const [rule, sql] of Object.entries(INVARIANTS)) {
    const [row] = await dataSource.query<Record<string, string>[]>(sql);
    const count = Number(Object.values(row)[0]);
    if (count > 0) broken.push(`${rule}: ${count} row(s) break it`);
  }
  return broken;
};
