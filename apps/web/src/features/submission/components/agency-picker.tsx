import { PROPOSAL_LIMITS } from '@open-proposals/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { ErrorState } from '../../../shared/ui/error-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { useAgencies } from '../hooks/use-agencies';

interface AgencyPickerProps {
  readonly selected: readonly string[];
  readonly error: string | undefined;
  readonly onChange: (ids: string[]) => void;
}

const MAX = PROPOSAL_LIMITS.maxSuggestedAgencies;

/** Up to three suggested agencies as checkboxes; the others are disabled once three are chosen. */
export const AgencyPicker = ({ selected, error, onChange }: AgencyPickerProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const agencies = useAgencies();

  const toggle = (agencyId: string, checked: boolean) =>
    onChange(checked ? [...selected, agencyId] : selected.filter((each) => each !== agencyId));

  return (
    <fieldset className="agency-picker" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('submit.fields.suggestedAgencyIds')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('submit.hints.suggestedAgencyIds', { used: selected.length, max: MAX })}
      </p>
      {agencies.isPending && <LoadingState label={t('submit.agencies.loading')} />}
      {agencies.isError && (
        <ErrorState message={t('submit.agencies.error')} error={agencies.error} onRetry={() => void agencies.refetch()} retrying={agencies.isFetching} />
      )}
      {agencies.data && (
        <ul className="agency-picker__list">
          {agencies.data.map((agency) => {
            const checked = selected.includes(agency.id);
            return (
              <li key={agency.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && selected.length >= MAX}
                    onChange={(event) => toggle(agency.id, event.target.checked)}
                  />{' '}
                  {localize(agency.name, locale)}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-hint field-hint--error">
          {error}
        </p>
      )}
    </fieldset>
  );
};
