import { Trans, useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format-date';
import { useLocale } from '../../../shared/i18n/use-locale';
import { useRealtimeConnected } from '../../../shared/realtime/use-realtime-connected';
import { useWorkerHeartbeat } from '../hooks/use-worker-heartbeat';

/** Footer indicator: is the live connection up, and when did the worker last report. */
export const LiveStatus = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const connected = useRealtimeConnected();
  const heartbeat = useWorkerHeartbeat();

  return (
    <section className="live-status" aria-label={t('live.label')}>
      <p className={connected ? 'live-status__dot live-status__dot--on' : 'live-status__dot'}>
        {connected ? t('live.connected') : t('live.connecting')}
      </p>
      <p data-testid="worker-heartbeat">
        {heartbeat ? (
          <Trans
            i18nKey="live.heartbeat"
            values={{ time: formatDateTime(heartbeat.at, locale) }}
            components={{ time: <time dateTime={heartbeat.at} /> }}
          />
        ) : (
          t('live.waiting')
        )}
      </p>
    </section>
  );
};
