import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../shared/format-number';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { COMPLETION_BUCKETS, type PlatformStats } from '../api/stats-api';
import { AXIS_TEXT, COMPLETION_COLOURS } from './chart-colours';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';

/** Commitments per area stacked by OGP completion level, always in the scale's order (so position, not only colour, tells them apart). */
export const CompletionByAreaChart = ({ rows }: { readonly rows: PlatformStats['commitmentCompletionByArea'] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = (value: number) => formatNumber(value, locale);
  const label = (bucket: (typeof COMPLETION_BUCKETS)[number]) => (bucket === 'unassessed' ? t('stats.completion.unassessed') : t(`commitments.completion.${bucket}`));
  const data = rows.map((row) => ({ area: localize(row.title, locale), ...row.byCompletion }));
  const total = rows.reduce((sum, row) => sum + row.total, 0);

  return (
    <ChartFigure
      id="completion-by-area"
      title={t('stats.completion.title')}
      summary={t('stats.completion.summary', { total: format(total) })}
      empty={rows.length === 0}
      chart={
        <BarChart
          layout="vertical"
          data={data}
          responsive
          style={{ width: '100%', height: Math.max(200, rows.length * 48 + 96) }}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#d8dee4" />
          <XAxis type="number" allowDecimals={false} tickFormatter={format} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
          <YAxis type="category" dataKey="area" width={120} tick={{ fill: AXIS_TEXT, fontSize: 12 }} />
          {COMPLETION_BUCKETS.map((bucket) => (
            <Bar key={bucket} dataKey={bucket} name={label(bucket)} stackId="completion" fill={COMPLETION_COLOURS[bucket]} stroke="#ffffff" isAnimationActive={false} />
          ))}
          <Legend wrapperStyle={{ fontSize: 13, color: '#1b1f24' }} />
        </BarChart>
      }
      table={
        <DataTable
          caption={t('stats.completion.title')}
          columns={[t('stats.columns.area'), ...COMPLETION_BUCKETS.map(label), t('stats.columns.total')]}
          rows={rows.map((row) => ({
            key: row.areaCode,
            header: localize(row.title, locale),
            cells: [...COMPLETION_BUCKETS.map((bucket) => format(row.byCompletion[bucket])), format(row.total)],
          }))}
        />
      }
    />
  );
};
