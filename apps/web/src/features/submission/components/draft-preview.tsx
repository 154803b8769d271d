import { useTranslation } from 'react-i18next';
import { PlainText } from '../../proposals/components/plain-text';
import type { DraftContent } from '../api/drafts-api';

const SECTIONS = [
  ['background', 'proposal.sections.background'],
  ['proposal', 'proposal.sections.proposal'],
  ['expectedBenefits', 'proposal.sections.expectedBenefits'],
] as const;

interface DraftPreviewProps {
  readonly content: DraftContent;
  readonly areaLabel: string;
}

/** The text as the public proposal page renders it (same sections, headings and plain-text rendering). */
export const DraftPreview = ({ content, areaLabel }: DraftPreviewProps) => {
  const { t } = useTranslation();
  return (
    <article className="proposal proposal--preview card" aria-labelledby="preview-heading" data-testid="draft-preview">
      <header className="proposal__header">
        <h2 id="preview-heading" className="proposal__title">
          {content.title}
        </h2>
        <p className="proposal-item__meta">
          <span className="area-chip">{areaLabel}</span>
        </p>
      </header>
      {SECTIONS.map(([field, key]) => (
        <section key={field} className="proposal__section">
          <h3>{t(key)}</h3>
          <PlainText text={content[field]} />
        </section>
      ))}
      {content.links.length > 0 && (
        <section className="proposal__section">
          <h3>{t('proposal.sections.links')}</h3>
          <ul className="proposal__links">
            {content.links.map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
};
