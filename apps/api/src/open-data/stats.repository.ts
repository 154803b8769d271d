import { Injectable } from '@nestjs/common';
import { GENERAL_AREA, OGP_COMPLETIONS, type LocalizedText } from '@open-proposals/domain';
import { DataSource } from 'typeorm';
import { PUBLIC_STATUSES } from '../proposals/public-proposal';
import { CURRENT_COMPLETION_SQL, LATEST_PROGRESS_JOIN_SQL } from './datasets/commitment-completion.sql';
import type { PlatformStats, TimedStage } from './stats.view';

type Stats = Omit<PlatformStats, 'generatedAt'>;

/** How many proposals the co-sign curves follow. */
export const LEADING_CURVES = 5;

/** "general" is no plan's area; its label is the one the web app shows. */
const GENERAL_TITLE: LocalizedText = { 'zh-TW': '一般', en: 'General' };

/** An area's title as the newest plan that has the code names it (the web app labels areas the same way). */
const AREA_TITLES_CTE = `area_titles AS (
  SELECT DISTINCT ON (ar.code) ar.code, ar.title_zh_tw, ar.title_en, ar.position
    FROM areas ar JOIN action_plans ap ON ap.id = ar.plan_id
   ORDER BY ar.code, ap.period_start DESC
)`;

/** Days between two timestamptz expressions, as a fractional number of 24-hour days. */
const days = (from: string, to: string): string => `extract(epoch FROM (${to}) - (${from})) / 86400`;

/** The median of a days expression rounded to one decimal (as the responsiveness table rounds), and its sample size. */
const median = (expression: string): string => `round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${expression})::numeric, 1) AS median, count(${expression})::int AS samples`;

const titleOf = (code: string, zhTw: string | null, en: string | null): LocalizedText =>
  zhTw !== null && en !== null ? { 'zh-TW': zhTw, en } : code === GENERAL_AREA ? GENERAL_TITLE : { 'zh-TW': code, en: code };

const numberOrNull = (value: string | number | null): number | null => (value === null ? null : Number(value));

/**
 * Every figure of the statistics page as one aggregate query each: nothing is computed by
 * loading rows. Proposals count only in public statuses, as on the site's listings.
 */
@Injectable()
export class StatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async figures(now: Date): Promise<Stats> {
    const [proposalsByStage, proposalsByArea, thresholdReach, medianDaysPerStage, leadingCosignCurves, agencyOnTime, commitmentCompletionByArea] = await Promise.all([
      this.byStage(),
      this.byArea(),
      this.thresholdReach(),
      this.medians(),
      this.curves(),
      this.agencyOnTime(now),
      this.completionByArea(),
    ]);
    return { proposalsByStage, proposalsByArea, thresholdReach, medianDaysPerStage, leadingCosignCurves, agencyOnTime, commitmentCompletionByArea };
  }

  /** Every public status, in the workflow's order, zeros included so that charts keep their categories. */
  private async byStage(): Promise<Stats['proposalsByStage']> {
    const rows = await this.dataSource.query<{ status: string; count: number }[]>(
      `SELECT status, count(*)::int AS count FROM proposals WHERE status = ANY($1::text[]) GROUP BY status`,
      [[...PUBLIC_STATUSES]],
    );
    return PUBLIC_STATUSES.map((stage) => ({ stage, count: rows.find((r) => r.status === stage)?.count ?? 0 }));
  }

  /** Public proposals per area code, most first. */
  private async byArea(): Promise<Stats['proposalsByArea']> {
    const rows = await this.dataSource.query<{ area_code: string; title_zh_tw: string | null; title_en: string | null; count: number }[]>(
      `WITH ${AREA_TITLES_CTE}
       SELECT p.area_code, t.title_zh_tw, t.title_en, count(*)::int AS count
         FROM proposals p LEFT JOIN area_titles t ON t.code = p.area_code
        WHERE p.status = ANY($1::text[])
        GROUP BY p.area_code, t.title_zh_tw, t.title_en
        ORDER BY count DESC, p.area_code`,
      [[...PUBLIC_STATUSES]],
    );
    return rows.map((r) => ({ areaCode: r.area_code, title: titleOf(r.area_code, r.title_zh_tw, r.title_en), count: r.count }));
  }

  /**
   * Of the proposals ever published (published_at is kept whatever happened next), the share
   * that reached the threshold (threshold_reached_at is kept too), 0..1 to 3 places. Proposals
   * still collecting count as not (yet) reached.
   */
  private async thresholdReach(): Promise<Stats['thresholdReach']> {
    const [row] = await this.dataSource.query<{ published: number; reached: number }[]>(
      `SELECT count(*)::int AS published, count(*) FILTER (WHERE threshold_reached_at IS NOT NULL)::int AS reached
         FROM proposals WHERE published_at IS NOT NULL`,
    );
    const published = row?.published ?? 0;
    const reached = row?.reached ?? 0;
    return { published, reached, share: published === 0 ? null : Math.round((reached / published) * 1000) / 1000 };
  }

  /**
   * Median calendar days (fractional, 1 decimal) spent in each stage, over the proposals that
   * have left it:
   * - review: latest submission (submitted_at) → published_at, or → rejected_at for rejections;
   *   a resubmission after a return restarts the clock, as the review clock does;
   * - cosigning: published_at → threshold_reached_at (time to reach the threshold);
   * - taskforce: review item opened at routing → the task force's decision;
   * - agency_response: request → the agency's answer, over every answered request.
   */
  private async medians(): Promise<Stats['medianDaysPerStage']> {
    const queries: Record<TimedStage, string> = {
      review: `SELECT ${median(days('submitted_at', 'COALESCE(published_at, rejected_at)'))} FROM proposals
                WHERE submitted_at IS NOT NULL AND (published_at IS NOT NULL OR (status = 'rejected' AND rejected_at IS NOT NULL))`,
      cosigning: `SELECT ${median(days('published_at', 'threshold_reached_at'))} FROM proposals WHERE published_at IS NOT NULL AND threshold_reached_at IS NOT NULL`,
      taskforce: `SELECT ${median(days('i.created_at', 'd.decided_at'))} FROM taskforce_decisions d JOIN taskforce_review_items i ON i.id = d.review_item_id`,
      agency_response: `SELECT ${median(days('r.created_at', 's.submitted_at'))} FROM agency_responses s JOIN agency_response_requests r ON r.id = s.request_id`,
    };
    const stages = Object.keys(queries) as TimedStage[];
    const results = await Promise.all(stages.map((stage) => this.dataSource.query<{ median: string | null; samples: number }[]>(queries[stage])));
    return stages.map((stage, i) => {
      const row = results[i]?.[0];
      return { stage, medianDays: numberOrNull(row?.median ?? null), samples: row?.samples ?? 0 };
    });
  }

  /**
   * The five public proposals with the most co-signs (the count the site shows; ties by id),
   * each with its cumulative co-signs per Taipei day from its first co-sign to its last, days
   * without co-signs included so that the curve is a true time series.
   */
  private async curves(): Promise<Stats['leadingCosignCurves']> {
    const leaders = await this.dataSource.query<{ id: string; title: string; threshold: number }[]>(
      `SELECT p.id, p.title, c.threshold FROM proposals p JOIN participation_cycles c ON c.id = p.cycle_id
        WHERE p.status = ANY($1::text[]) ORDER BY p.cosign_count DESC, p.id LIMIT $2`,
      [[...PUBLIC_STATUSES], LEADING_CURVES],
    );
    if (leaders.length === 0) return [];
    const points = await this.dataSource.query<{ proposal_id: string; day: string; cumulative: number }[]>(
      `WITH daily AS (
         SELECT proposal_id, (created_at AT TIME ZONE 'Asia/Taipei')::date AS day, count(*)::int AS n
           FROM cosigns WHERE proposal_id = ANY($1::uuid[]) AND invalidated_at IS NULL GROUP BY 1, 2
       ), span AS (
         SELECT proposal_id, min(day) AS first_day, max(day) AS last_day FROM daily GROUP BY proposal_id
       ), every_day AS (
         SELECT s.proposal_id, g::date AS day FROM span s CROSS JOIN LATERAL generate_series(s.first_day, s.last_day, interval '1 day') g
       )
       SELECT e.proposal_id, to_char(e.day, 'YYYY-MM-DD') AS day,
              (sum(COALESCE(d.n, 0)) OVER (PARTITION BY e.proposal_id ORDER BY e.day))::int AS cumulative
         FROM every_day e LEFT JOIN daily d ON d.proposal_id = e.proposal_id AND d.day = e.day
        ORDER BY e.proposal_id, e.day`,
      [leaders.map((l) => l.id)],
    );
    return leaders.map((l) => ({
      proposalId: l.id,
      title: l.title,
      threshold: l.threshold,
      points: points.filter((p) => p.proposal_id === l.id).map((p) => ({ day: p.day, cumulative: p.cumulative })),
    }));
  }

  /**
   * Per stored agency, judged as the responsiveness table judges (domain `timeliness`), against
   * the current, possibly extended, due date: `due` counts requests whose outcome is known
   * (answered, or unanswered past due), `onTime` those answered by the due date, `late` the rest
   * (answered late or still unanswered); pending requests are left out. The median runs over
   * answered requests, from request to answer.
   */
  private async agencyOnTime(now: Date): Promise<Stats['agencyOnTime']> {
    const rows = await this.dataSource.query<
      { id: string; code: string; name_zh_tw: string; name_en: string; on_time: number; late: number; median: string | null }[]
    >(
      `SELECT a.id, a.code, a.name_zh_tw, a.name_en,
              count(*) FILTER (WHERE s.submitted_at <= r.due_at)::int AS on_time,
              count(*) FILTER (WHERE s.submitted_at > r.due_at OR (s.submitted_at IS NULL AND r.due_at < $1::timestamptz))::int AS late,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days('r.created_at', 's.submitted_at')})::numeric, 1) AS median
         FROM agencies a
         LEFT JOIN agency_response_requests r ON r.agency_id = a.id
         LEFT JOIN agency_responses s ON s.request_id = r.id
        GROUP BY a.id
        ORDER BY a.code`,
      [now],
    );
    return rows.map((r) => {
      const due = r.on_time + r.late;
      return {
        agencyId: r.id,
        code: r.code,
        name: { 'zh-TW': r.name_zh_tw, en: r.name_en },
        due,
        onTime: r.on_time,
        late: r.late,
        onTimeRate: due === 0 ? null : Math.round((r.on_time / due) * 1000) / 1000,
        medianDaysToRespond: numberOrNull(r.median),
      };
    });
  }

  /** Commitments per area by their current completion (datasets/commitment-completion.sql.ts), in the plan's area order. */
  private async completionByArea(): Promise<Stats['commitmentCompletionByArea']> {
    const counts = [...OGP_COMPLETIONS, 'unassessed'] as const;
    const rows = await this.dataSource.query<(Record<string, string | number | null> & { area_code: string; title_zh_tw: string | null; title_en: string | null; total: number })[]>(
      `WITH ${AREA_TITLES_CTE}, current AS (
         SELECT c.area_code, ${CURRENT_COMPLETION_SQL} AS completion FROM commitments c ${LATEST_PROGRESS_JOIN_SQL}
       )
       SELECT x.area_code, t.title_zh_tw, t.title_en, count(*)::int AS total,
              ${counts.map((c) => `count(*) FILTER (WHERE x.completion = '${c}')::int AS "${c}"`).join(', ')}
         FROM current x LEFT JOIN area_titles t ON t.code = x.area_code
        GROUP BY x.area_code, t.title_zh_tw, t.title_en, t.position
        ORDER BY t.position NULLS LAST, x.area_code`,
    );
    return rows.map((r) => ({
      areaCode: r.area_code,
      title: titleOf(r.area_code, r.title_zh_tw, r.title_en),
      total: r.total,
      byCompletion: Object.fromEntries(counts.map((c) => [c, Number(r[c] ?? 0)])) as Record<(typeof counts)[number], number>,
    }));
  }
}
