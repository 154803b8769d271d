import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../staff/components/confirm-dialog';
import { FormError } from '../../staff/components/form-error';
import type { Meeting } from '../api/meetings-api';
import { useFillAgenda } from '../hooks/use-meetings';

/** Fills the agenda with everything awaiting the task force, after confirming; says how many items were added. */
export const FillAgendaButton = ({ meeting }: { readonly meeting: Meeting }) => {
  const { t } = useTranslation();
  const fill = useFillAgenda(meeting.id);
  const [confirming, setConfirming] = useState(false);
  const [added, setAdded] = useState<number | null>(null);

  const run = () => {
    setConfirming(false);
    setAdded(null);
    const before = meeting.agenda.length;
    // Filling skips what is already on the agenda, so the difference is what it added.
    fill.mutate(undefined, { onSuccess: (after) => setAdded(after.agenda.length - before) });
  };

  return (
    <div className="staff-form">
      <h2>{t('taskforce.meeting.fill.title')}</h2>
      <p>{t('taskforce.meeting.fill.lead')}</p>
      {added !== null && (
        <p className="staff-success" role="status">
          {added === 0 ? t('taskforce.meeting.fill.nothing') : t('taskforce.meeting.fill.done', { count: added })}
        </p>
      )}
      <FormError error={fill.error} />
      <button type="button" className="button" disabled={fill.isPending} aria-busy={fill.isPending} onClick={() => setConfirming(true)}>
        {fill.isPending ? t('taskforce.meeting.fill.sending') : t('taskforce.meeting.fill.submit')}
      </button>
      {confirming && (
        <ConfirmDialog title={t('taskforce.meeting.fill.confirmTitle')} confirmLabel={t('taskforce.meeting.fill.confirm')} onClose={() => setConfirming(false)} onConfirm={run}>
          <p>{t('taskforce.meeting.fill.confirmText', { title: meeting.title })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
};
