import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format-number';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { PlatformStats } from '../api/stats-api';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { SimpleBarChart } from './simple-bar-chart';

export const ProposalsByAreaChart = ({ rows }: { readonly rows: PlatformStats['proposalsByArea'] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = (value: number) => formatNumber(value, locale);
  const total = rows.reduce((sum, row) => sum + row.count, 0);

  return (
    <ChartFigure
      id="by-area"
      title={t('stats.byArea.title')}
      summary={t('stats.byArea.summary', { total: format(total), areas: format(rows.length) })}
      empty={rows.length === 0}
      chart={<SimpleBarChart data={rows.map((row) => ({ label: localize(row.title, locale), value: row.count }))} format={format} />}
      table={
        <DataTable
          caption={t('stats.byArea.title')}
          columns={[t('stats.columns.area'), t('stats.columns.proposals')]}
          rows={rows.map((row) => ({ key: row.areaCode, header: localize(row.title, locale), cells: [format(row.count)] }))}
        />
      }
    />
  );
};
