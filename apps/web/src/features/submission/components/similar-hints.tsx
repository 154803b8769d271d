import { useTranslation } from 'react-i18next';
import { useSimilarProposals } from '../hooks/use-drafts';

/** Published proposals with a similar title: co-signing one may serve better than a duplicate. */
export const SimilarHints = ({ title }: { readonly title: string }) => {
  const { t } = useTranslation();
  const similar = useSimilarProposals(title);
  const items = similar.data?.items ?? [];
  return (
    <div className="similar-hints" aria-live="polite">
      {items.length > 0 && (
        <section className="notice" aria-labelledby="similar-heading" data-testid="similar-hints">
          <h3 id="similar-heading">{t('submit.similar.heading')}</h3>
          <p>{t('submit.similar.lead')}</p>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <a href={`/proposals/${item.id}`} target="_blank" rel="noopener noreferrer">
                  {item.title}
                  <span className="visually-hidden"> {t('submit.similar.newTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
};
