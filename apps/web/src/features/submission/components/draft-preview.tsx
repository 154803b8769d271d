import { ProposalTextSections } from '../../proposals/components/proposal-text-sections';
import type { DraftContent } from '../api/drafts-api';

interface DraftPreviewProps {
  readonly content: DraftContent;
  readonly areaLabel: string;
}

/** The text as the public proposal page renders it (same sections, headings and plain-text rendering). */
export const DraftPreview = ({ content, areaLabel }: DraftPreviewProps) => {
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
      <ProposalTextSections text={content} headingLevel="h3" />
    </article>
  );
};
