import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChartFigureProps {
  readonly id: string;
  readonly title: string;
  /** One sentence saying what the chart shows, read out in place of the drawing. */
  readonly summary: string;
  /** Whether there is anything to draw; otherwise the empty message replaces chart and table. */
  readonly empty: boolean;
  readonly chart: ReactNode;
  readonly table: ReactNode;
}

/**
 * A chart with its accessible alternative: the drawing is hidden from assistive technology
 * (it holds no focusable parts), the caption summarises it, and the table gives every number.
 */
export const ChartFigure = ({ id, title, summary, empty, chart, table }: ChartFigureProps) => {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <figure className="card chart-figure" aria-labelledby={headingId} data-testid={`chart-${id}`}>
      <figcaption>
        <h2 id={headingId}>{title}</h2>
        <p>{summary}</p>
      </figcaption>
      {empty ? (
        <p className="state state--empty">{t('stats.noData')}</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true" data-testid="chart-drawing">
            {chart}
          </div>
          {table}
        </>
      )}
    </figure>
  );
};
