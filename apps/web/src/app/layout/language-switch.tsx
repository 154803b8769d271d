import { LOCALES, isLocale } from '@open-proposals/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shared/i18n/use-locale';
import { htmlLang } from '../i18n/language-preference';

/** A labelled <select>; the choice is remembered and sets <html lang> (see create-i18n.ts). */
export const LanguageSwitch = () => {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const id = useId();

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = event.target.value;
          if (isLocale(next)) void i18n.changeLanguage(next);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={htmlLang(option)}>
            {t(`language.names.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
};
