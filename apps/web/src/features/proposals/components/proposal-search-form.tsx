import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEARCH_LENGTH, MIN_SEARCH_LENGTH, type ProposalFilters } from '../api/proposal-filters';
import { PROPOSAL_SORTS, PUBLIC_STATUSES } from '../api/proposals-api';
import type { AreaOption } from '../hooks/use-area-labels';

interface ProposalSearchFormProps {
  readonly filters: ProposalFilters;
  readonly areas: readonly AreaOption[];
  readonly onChange: (change: Partial<ProposalFilters>) => void;
}

/** Search words apply on submit (the API needs two characters or more); the selects apply at once. */
export const ProposalSearchForm = ({ filters, areas, onChange }: ProposalSearchFormProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState(filters.q);
  const [tooShort, setTooShort] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = q.trim();
    const short = words !== '' && [...words].length < MIN_SEARCH_LENGTH;
    setTooShort(short);
    if (!short) onChange({ q: words });
  };

  return (
    <form className="filters" role="search" aria-label={t('proposals.search.label')} onSubmit={submit}>
      <div className="filters__search">
        <label htmlFor={`${id}-q`}>{t('proposals.search.label')}</label>
        <div className="filters__search-row">
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            maxLength={MAX_SEARCH_LENGTH}
            onChange={(event) => setQ(event.target.value)}
            aria-describedby={`${id}-hint`}
            aria-invalid={tooShort}
          />
          <button type="submit" className="button">
            {t('proposals.search.submit')}
          </button>
        </div>
        <p id={`${id}-hint`} className={tooShort ? 'field-hint field-hint--error' : 'field-hint'} role={tooShort ? 'alert' : undefined}>
          {tooShort ? t('proposals.search.tooShort') : t('proposals.search.hint')}
        </p>
      </div>
      <div className="filters__selects">
        <div>
          <label htmlFor={`${id}-status`}>{t('proposals.filters.status')}</label>
          <select id={`${id}-status`} value={filters.status} onChange={(event) => onChange({ status: PUBLIC_STATUSES.find((s) => s === event.target.value) ?? '' })}>
            <option value="">{t('proposals.filters.anyStatus')}</option>
            {PUBLIC_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`proposals.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-area`}>{t('proposals.filters.area')}</label>
          <select id={`${id}-area`} value={filters.area} onChange={(event) => onChange({ area: event.target.value })}>
            <option value="">{t('proposals.filters.anyArea')}</option>
            {areas.map((area) => (
              <option key={area.code} value={area.code}>
                {area.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-sort`}>{t('proposals.filters.sort')}</label>
          <select id={`${id}-sort`} value={filters.sort} onChange={(event) => onChange({ sort: PROPOSAL_SORTS.find((s) => s === event.target.value) ?? 'newest' })}>
            {PROPOSAL_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`proposals.sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
};
