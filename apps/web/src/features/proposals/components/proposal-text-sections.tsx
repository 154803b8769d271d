import { useTranslation } from 'react-i18next';
import { PlainText } from './plain-text';

const SECTIONS = [
  ['background', 'proposal.sections.background'],
  ['proposal', 'proposal.sections.proposal'],
  ['expectedBenefits', 'proposal.sections.expectedBenefits'],
] as const;

export interface ProposalText {
  readonly background: string;
  readonly proposal: string;
  readonly expectedBenefits: string;
  readonly links: readonly string[];
}

interface ProposalTextSectionsProps {
  readonly text: ProposalText;
  /** h2 on the proposal page; h3 inside the wizard's preview, which has its own h2. */
  readonly headingLevel: 'h2' | 'h3';
}

/**
 * A proposal's own text, rendered once for both the public page and the submission preview, so
 * the preview is exactly what the public will read. Links never pass ranking to what they point at.
 */
export const ProposalTextSections = ({ text, headingLevel: Heading }: ProposalTextSectionsProps) => {
  const { t } = useTranslation();
  return (
    <>
      {SECTIONS.map(([field, key]) => (
        <section key={field} className="proposal__section">
          <Heading>{t(key)}</Heading>
          <PlainText text={text[field]} />
        </section>
      ))}
      {text.links.length > 0 && (
        <section className="proposal__section">
          <Heading>{t('proposal.sections.links')}</Heading>
          <ul className="proposal__links">
            {text.links.map((link) => (
              <li key={link}>
                <a href={link} rel="noopener noreferrer nofollow" target="_blank">
                  {link}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
};
