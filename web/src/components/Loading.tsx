import { useT } from '../i18n/I18n';

/** Shown while a screen's code or data loads; announced politely to screen readers. */
export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}
