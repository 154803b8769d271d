import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { FieldError } from '../../staff/components/field-error';
import { fieldMessages } from '../../staff/components/field-errors';
import { FormError } from '../../staff/components/form-error';
import type { CommentAction, ReportedComment } from '../api/reported-comments-api';
import { useModerateComment } from '../hooks/use-reported-comments';

/** A reported comment with its reports, and hide/restore with a reason (always explained, per the API). */
export const ReportedCommentCard = ({ comment }: { readonly comment: ReportedComment }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const moderate = useModerateComment(comment.id);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const reasonErrors = missing ? [t('moderation.comments.reasonRequired')] : fieldMessages(moderate.error, 'reason');
  const hidden = comment.visibility !== 'visible';

  const act = (action: CommentAction) => (event: FormEvent) => {
    event.preventDefault();
    setMissing(reason.trim() === '');
    if (reason.trim() !== '') moderate.mutate({ action, reason: reason.trim() });
  };

  return (
    <li className="staff-card" data-testid="reported-comment">
      <p className="plain-text">{comment.body}</p>
      <p className="field-hint">
        {t('moderation.comments.meta', { author: comment.author.displayName, when: formatDateTime(comment.createdAt, locale), reports: comment.reportCount })}
        <br />
        {t(`moderation.comments.visibility.${comment.visibility}`)} · <Link to={`/proposals/${comment.proposalId}`}>{t('moderation.comments.proposal')}</Link>
      </p>
      {comment.reasons.length > 0 && (
        <ul>
          {comment.reasons.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      <form onSubmit={act(hidden ? 'restore' : 'hide')} noValidate>
        <div className="staff-field">
          <label htmlFor={`${id}-reason`}>{t('moderation.comments.reason')}</label>
          <input id={`${id}-reason`} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} aria-invalid={reasonErrors.length > 0} aria-describedby={reasonErrors.length > 0 ? `${id}-reason-error` : undefined} />
          <FieldError id={`${id}-reason-error`} messages={reasonErrors} />
        </div>
        <FormError error={moderate.error} />
        <div className="staff-actions">
          <button type="button" className="button" disabled={moderate.isPending} onClick={act('hide')}>
            {t(hidden ? 'moderation.comments.keepHidden' : 'moderation.comments.hide')}
          </button>
          {hidden && (
            <button type="button" className="button button--secondary" disabled={moderate.isPending} onClick={act('restore')}>
              {t('moderation.comments.restore')}
            </button>
          )}
        </div>
      </form>
    </li>
  );
};
