import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import type { NotificationItem as Notification } from '../api/notifications-api';
import { notificationSentenceKey } from './notification-sentence';

interface NotificationItemProps {
  readonly notification: Notification;
  readonly onMarkRead: (id: string) => void;
}

export const NotificationItem = ({ notification, onMarkRead }: NotificationItemProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const unread = notification.readAt === null;
  const title = notification.proposalTitle ?? t('notifications.untitled');
  return (
    <li className={unread ? 'card notification notification--unread' : 'card notification'} data-testid="notification">
      <p>
        {unread && <span className="badge badge--count">{t('notifications.new')}</span>}{' '}
        {t(notificationSentenceKey(notification.kind), { title, kind: notification.kind })}
      </p>
      <p className="proposal-item__meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, locale)}</time>
        {notification.proposalId && (
          <Link to={`/proposals/${notification.proposalId}`} onClick={() => unread && onMarkRead(notification.id)}>
            {t('notifications.open')}
            <span className="visually-hidden">{title}</span>
          </Link>
        )}
        {unread && (
          <button type="button" className="link-button" onClick={() => onMarkRead(notification.id)}>
            {t('notifications.markRead')}
            <span className="visually-hidden">{title}</span>
          </button>
        )}
      </p>
    </li>
  );
};
