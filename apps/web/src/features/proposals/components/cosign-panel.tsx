import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCosign } from '../hooks/use-cosign';
import { CosignDialog } from './cosign-dialog';
import { CosignFailure } from './cosign-outcome';

interface CosignPanelProps {
  readonly proposalId: string;
  readonly title: string;
}

/** The co-sign button, its confirmation dialog and the outcome. */
export const CosignPanel = ({ proposalId, title }: CosignPanelProps) => {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const cosign = useCosign(proposalId);

  const confirm = (comment: string) =>
    cosign.mutate(comment, {
      onSettled: () => setOpen(false),
    });

  return (
    <div className="cosign-panel">
      {cosign.isSuccess ? (
        <p className="notice notice--success" role="status">
          {t('proposal.cosign.done')}
        </p>
      ) : (
        <button
          type="button"
          className="button button--large"
          onClick={() => {
            cosign.reset();
            setOpen(true);
          }}
        >
          {t('proposal.cosign.button')}
        </button>
      )}
      {cosign.isError && <CosignFailure error={cosign.error} />}
      {open && <CosignDialog title={title} pending={cosign.isPending} onConfirm={confirm} onClose={() => setOpen(false)} />}
    </div>
  );
};
