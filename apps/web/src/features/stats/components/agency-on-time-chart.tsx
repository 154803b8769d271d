import { useTranslation } from 'react-i18next';
import { formatDecimal, formatNumber, formatPercent } from '../../../shared/format-number';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { PlatformStats } from '../api/stats-api';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { SimpleBarChart } from './simple-bar-chart';

/** On-time rate per agency; agencies with no known outcome yet appear only in the table. */
export const AgencyOnTimeChart = ({ rows }: { readonly rows: PlatformStats['agencyOnTime'] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const percent = (value: number) => formatPercent(value, locale);
  const count = (value: number) => formatNumber(value, locale);
  const rated = rows.flatMap((row) => (row.onTimeRate === null ? [] : [{ label: localize(row.name, locale), value: row.onTimeRate }]));

  return (
    <ChartFigure
      id="agency-on-time"
      title={t('stats.agencyOnTime.title')}
      summary={t('stats.agencyOnTime.summary', { agencies: count(rows.length) })}
      empty={rows.length === 0}
      chart={<SimpleBarChart data={rated} format={percent} max={1} />}
      table={
        <DataTable
          caption={t('stats.agencyOnTime.title')}
          columns={[
            t('stats.columns.agency'),
            t('stats.columns.due'),
            t('stats.columns.onTime'),
            t('stats.columns.late'),
            t('stats.columns.onTimeRate'),
            t('stats.columns.medianDaysToRespond'),
          ]}
          rows={rows.map((row) => ({
            key: row.agencyId,
            header: localize(row.name, locale),
            cells: [
              count(row.due),
              count(row.onTime),
              count(row.late),
              row.onTimeRate === null ? t('stats.notAvailable') : percent(row.onTimeRate),
              row.medianDaysToRespond === null ? t('stats.notAvailable') : t('units.days', { value: formatDecimal(row.medianDaysToRespond, locale) }),
            ],
          }))}
        />
      }
    />
  );
};
