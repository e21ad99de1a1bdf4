import { Link } from '../router';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/I18n';

/** A client route that does not exist. */
export default function NotFound() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('not-found-title')} />
      <p>{t('not-found-body')}</p>
      <p>
        <Link to="/">{t('not-found-home')}</Link>
      </p>
    </>
  );
}
