import { GENERAL_AREA } from '@open-proposals/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, useLocale } from '../../../shared/i18n/use-locale';
import { useActionPlans } from '../../action-plans/hooks/use-action-plans';

export interface AreaOption {
  readonly code: string;
  readonly label: string;
}

/** The plans' areas plus "general", labelled in the reader's language; unknown codes show as they are. */
export const useAreaLabels = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const plans = useActionPlans();
  const options = useMemo<AreaOption[]>(() => {
    const byCode = new Map<string, string>();
    for (const plan of plans.data?.items ?? []) {
      for (const area of plan.areas) if (!byCode.has(area.code)) byCode.set(area.code, localize(area.title, locale));
    }
    byCode.set(GENERAL_AREA, t('proposals.area.general'));
    return [...byCode].map(([code, label]) => ({ code, label }));
  }, [plans.data, locale, t]);
  const labelOf = (code: string): string => options.find((option) => option.code === code)?.label ?? code;
  return { options, labelOf };
};
