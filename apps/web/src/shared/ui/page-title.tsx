import { useTranslation } from 'react-i18next';

interface PageTitleProps {
  readonly page: string;
}

/** Sets the document title for the current route; React 19 hoists <title> into <head>. */
export const PageTitle = ({ page }: PageTitleProps) => {
  const { t } = useTranslation();
  return <title>{t('app.documentTitle', { page })}</title>;
};
