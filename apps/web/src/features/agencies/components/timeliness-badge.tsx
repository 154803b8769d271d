import type { Timeliness } from '@open-proposals/domain';
import { useTranslation } from 'react-i18next';

export const TimelinessBadge = ({ timeliness }: { readonly timeliness: Timeliness }) => {
  const { t } = useTranslation();
  return <span className={`badge badge--timeliness-${timeliness}`}>{t(`agencies.timeliness.${timeliness}`)}</span>;
};
