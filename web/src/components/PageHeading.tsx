import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/I18n';
import { consumeNavigation } from './navigation';

/**
 * The screen's `<h1>`. Sets the document title, and after an in-app navigation moves keyboard
 * and screen-reader focus to the heading, so the new screen is announced and Tab continues
 * from the top of its content (on first load focus stays where the browser put it).
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT();
  const pageTitle = t('page-title', { page: title });
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);
  useEffect(() => {
    if (consumeNavigation()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id="page-heading">
      {children ?? title}
    </h1>
  );
}
