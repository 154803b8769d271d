import { useTranslation } from 'react-i18next';
import { formatDecimal, formatNumber } from '../../../shared/format-number';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { PlatformStats } from '../api/stats-api';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { SimpleBarChart } from './simple-bar-chart';

/** Median days each stage takes; a stage with no finished sample yet is left out of the drawing but listed in the table. */
export const MedianDaysChart = ({ rows }: { readonly rows: PlatformStats['medianDaysPerStage'] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const days = (value: number) => t('units.days', { value: formatDecimal(value, locale) });
  const measured = rows.flatMap((row) => (row.medianDays === null ? [] : [{ label: t(`stats.stages.${row.stage}`), value: row.medianDays }]));

  return (
    <ChartFigure
      id="median-days"
      title={t('stats.medianDays.title')}
      summary={t('stats.medianDays.summary')}
      empty={rows.length === 0}
      chart={<SimpleBarChart data={measured} format={days} />}
      table={
        <DataTable
          caption={t('stats.medianDays.title')}
          columns={[t('stats.columns.stage'), t('stats.columns.medianDays'), t('stats.columns.samples')]}
          rows={rows.map((row) => ({
            key: row.stage,
            header: t(`stats.stages.${row.stage}`),
            cells: [row.medianDays === null ? t('stats.notAvailable') : days(row.medianDays), formatNumber(row.samples, locale)],
          }))}
        />
      }
    />
  );
};
