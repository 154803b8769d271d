import { useTranslation } from 'react-i18next';

const steps = ['propose', 'cosign', 'taskForce', 'commitment'] as const;

/** What the platform is for, and the four steps from a proposal to a commitment. */
export const HomeHero = () => {
  const { t } = useTranslation();

  return (
    <section className="hero" aria-labelledby="hero-heading">
      <h1 id="hero-heading">{t('home.hero.title')}</h1>
      <p className="hero__lead">{t('home.hero.lead')}</p>
      <h2 className="steps-heading">{t('home.hero.stepsLabel')}</h2>
      <ol className="steps">
        {steps.map((step) => (
          <li key={step} className="steps__item">
            <h3 className="steps__title">{t(`home.hero.steps.${step}.title`)}</h3>
            <p>{t(`home.hero.steps.${step}.body`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
};
