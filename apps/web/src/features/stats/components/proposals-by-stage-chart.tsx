import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format-number';
import { useLocale } from '../../../shared/i18n/use-locale';
import { PUBLIC_STATUSES } from '../../proposals/api/proposals-api';
import type { PlatformStats } from '../api/stats-api';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { SimpleBarChart } from './simple-bar-chart';

export const useStageLabel = () => {
  const { t } = useTranslation();
  return (stage: string): string => {
    const status = PUBLIC_STATUSES.find((candidate) => candidate === stage);
    return status ? t(`proposals.status.${status}`) : stage;
  };
};

export const ProposalsByStageChart = ({ rows }: { readonly rows: PlatformStats['proposalsByStage'] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const labelOf = useStageLabel();
  const format = (value: number) => formatNumber(value, locale);
  const total = rows.reduce((sum, row) => sum + row.count, 0);

  return (
    <ChartFigure
      id="by-stage"
      title={t('stats.byStage.title')}
      summary={t('stats.byStage.summary', { total: format(total) })}
      empty={rows.length === 0}
      chart={<SimpleBarChart data={rows.map((row) => ({ label: labelOf(row.stage), value: row.count }))} format={format} />}
      table={
        <DataTable
          caption={t('stats.byStage.title')}
          columns={[t('stats.columns.stage'), t('stats.columns.proposals')]}
          rows={rows.map((row) => ({ key: row.stage, header: labelOf(row.stage), cells: [format(row.count)] }))}
        />
      }
    />
  );
};
