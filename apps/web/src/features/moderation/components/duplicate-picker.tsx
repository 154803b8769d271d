import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOriginalSearch } from '../hooks/use-moderation';

interface DuplicatePickerProps {
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly excludeId: string;
  readonly describedBy?: string;
}

/** Finds the published original by words of its title and picks it with a radio button. */
export const DuplicatePicker = ({ value, onChange, excludeId, describedBy }: DuplicatePickerProps) => {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const search = useOriginalSearch(q);
  const items = (search.data?.items ?? []).filter((p) => p.id !== excludeId);
  return (
    <fieldset className="staff-fieldset" aria-describedby={describedBy}>
      <legend>{t('moderation.duplicate.legend')}</legend>
      <div className="staff-field">
        <label htmlFor={`${id}-q`}>{t('moderation.duplicate.search')}</label>
        <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          {t('moderation.duplicate.hint')}
        </p>
      </div>
      {search.isFetching && <p role="status">{t('moderation.duplicate.searching')}</p>}
      {search.isError && <p className="field-hint field-hint--error">{t('moderation.duplicate.error')}</p>}
      {search.data && items.length === 0 && <p role="status">{t('moderation.duplicate.none')}</p>}
      {items.map((p) => (
        <div key={p.id}>
          <input type="radio" id={`${id}-${p.id}`} name={`${id}-original`} value={p.id} checked={value === p.id} onChange={() => onChange(p.id)} />{' '}
          <label htmlFor={`${id}-${p.id}`}>{p.title}</label>
        </div>
      ))}
    </fieldset>
  );
};
