import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../../shared/format-date';
import { formatNumber } from '../../../shared/format-number';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { CosignCurve } from '../api/stats-api';
import { AXIS_TEXT, THRESHOLD_COLOUR, seriesColour, seriesDash } from './chart-colours';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';

/** One row per day with each proposal's cumulative count under its index key ("p0", "p1", …). */
export const mergeCurves = (curves: readonly CosignCurve[]): { day: string; [series: string]: number | string }[] => {
  const days = [...new Set(curves.flatMap((curve) => curve.points.map((point) => point.day)))].sort();
  return days.map((day) => {
    const row: { day: string; [series: string]: number | string } = { day };
    curves.forEach((curve, index) => {
      const point = curve.points.find((candidate) => candidate.day === day);
      if (point) row[`p${index}`] = point.cumulative;
    });
    return row;
  });
};

const calendarDay = (day: string): string => `${day}T00:00:00+08:00`;

/** Cumulative co-signs per day of the leading proposals, with the threshold drawn as a dashed line. */
export const CosignCurvesChart = ({ curves }: { readonly curves: readonly CosignCurve[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = (value: number) => formatNumber(value, locale);
  const rows = mergeCurves(curves);
  const thresholds = [...new Set(curves.map((curve) => curve.threshold))];
  const shortDay = (day: string) => new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: 'Asia/Taipei' }).format(new Date(calendarDay(day)));

  return (
    <ChartFigure
      id="cosign-curves"
      title={t('stats.curves.title')}
      summary={t('stats.curves.summary', { proposals: format(curves.length), threshold: thresholds.map(format).join('、') })}
      empty={curves.length === 0}
      chart={
        <LineChart data={rows} responsive style={{ width: '100%', height: 320 }} margin={{ top: 16, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#d8dee4" />
          <XAxis dataKey="day" tickFormatter={shortDay} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
          <YAxis tickFormatter={format} width={64} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
          {thresholds.map((threshold) => (
            <ReferenceLine
              key={threshold}
              y={threshold}
              stroke={THRESHOLD_COLOUR}
              strokeWidth={2}
              strokeDasharray="8 4"
              // Always within view: how far a curve is from its threshold is the point of the chart.
              ifOverflow="extendDomain"
              label={{ value: t('stats.curves.thresholdLine', { threshold: format(threshold) }), position: 'insideTopLeft', fill: THRESHOLD_COLOUR, fontSize: 12 }}
            />
          ))}
          {curves.map((curve, index) => (
            <Line
              key={curve.proposalId}
              dataKey={`p${index}`}
              name={curve.title}
              stroke={seriesColour(index)}
              strokeDasharray={seriesDash(index)}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          <Legend wrapperStyle={{ fontSize: 13, color: '#1b1f24' }} />
        </LineChart>
      }
      table={
        <DataTable
          caption={t('stats.curves.tableCaption')}
          columns={[t('stats.columns.day'), ...curves.map((curve) => curve.title)]}
          rows={rows.map((row) => ({
            key: row.day,
            header: formatDate(calendarDay(row.day), locale),
            cells: curves.map((_curve, index) => {
              const value = row[`p${index}`];
              return typeof value === 'number' ? format(value) : '—';
            }),
          }))}
        />
      }
    />
  );
};
