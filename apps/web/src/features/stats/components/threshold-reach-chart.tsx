import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../shared/format-number';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { PlatformStats } from '../api/stats-api';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { SimpleBarChart } from './simple-bar-chart';

/** How many published proposals reached the co-sign threshold: two bars, reached and not reached. */
export const ThresholdReachChart = ({ reach }: { readonly reach: PlatformStats['thresholdReach'] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = (value: number) => formatNumber(value, locale);
  const share = reach.share === null ? t('stats.notAvailable') : formatPercent(reach.share, locale);
  const notReached = Math.max(0, reach.published - reach.reached);

  return (
    <ChartFigure
      id="threshold-reach"
      title={t('stats.thresholdReach.title')}
      summary={t('stats.thresholdReach.summary', { reached: format(reach.reached), published: format(reach.published), share })}
      empty={reach.published === 0}
      chart={
        <SimpleBarChart
          data={[
            { label: t('stats.thresholdReach.reached'), value: reach.reached },
            { label: t('stats.thresholdReach.notReached'), value: notReached },
          ]}
          format={format}
        />
      }
      table={
        <DataTable
          caption={t('stats.thresholdReach.title')}
          columns={[t('stats.columns.measure'), t('stats.columns.value')]}
          rows={[
            { key: 'published', header: t('stats.thresholdReach.published'), cells: [format(reach.published)] },
            { key: 'reached', header: t('stats.thresholdReach.reached'), cells: [format(reach.reached)] },
            { key: 'share', header: t('stats.thresholdReach.share'), cells: [share] },
          ]}
        />
      }
    />
  );
};
