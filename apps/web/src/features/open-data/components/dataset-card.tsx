import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import type { Dataset } from '../api/open-data-api';

/** One dataset: what it holds, where to download it, and what each column means. */
export const DatasetCard = ({ dataset }: { readonly dataset: Dataset }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const title = localize(dataset.title, locale);

  return (
    <article className="card dataset" aria-labelledby={headingId} data-testid="dataset">
      <h2 id={headingId}>{title}</h2>
      <p>{localize(dataset.description, locale)}</p>
      <ul className="dataset__downloads">
        <li>
          <a className="button button--secondary" href={dataset.formats.csv} download>
            {t('openData.download', { format: 'CSV', title })}
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={dataset.formats.json} download>
            {t('openData.download', { format: 'JSON', title })}
          </a>
        </li>
      </ul>
      <table className="data-table data-table--stacked">
        <caption>{t('openData.columnsCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('openData.columns.name')}</th>
            <th scope="col">{t('openData.columns.type')}</th>
            <th scope="col">{t('openData.columns.description')}</th>
          </tr>
        </thead>
        <tbody>
          {dataset.columns.map((column) => (
            <tr key={column.name} data-testid="dataset-column">
              <th scope="row" data-label={t('openData.columns.name')}>
                <code>{column.name}</code>
              </th>
              <td data-label={t('openData.columns.type')}>{column.type}</td>
              <td data-label={t('openData.columns.description')}>{localize(column.description, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
};
