import { useEffect, useRef, useState } from 'react';
import { identity } from '../api/identity';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { ResendVerification } from '../components/ResendVerification';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/I18n';
import { Link, useLocation } from '../router';

/** The target of the emailed link: confirms the address with the token in the URL. */
export default function VerifyEmail() {
  const t = useT();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | { error: unknown }>('working');
  const sent = useRef(false);
  useEffect(() => {
    // Once per page: the token is single-use, and StrictMode runs effects twice in development.
    if (sent.current) return;
    sent.current = true;
    identity.verifyEmail(token).then(
      () => setState('done'),
      (error: unknown) => setState({ error }),
    );
  }, [token]);
  return (
    <>
      <PageHeading title={t('verify-title')} />
      {state === 'working' && <Loading />}
      {state === 'done' && (
        <>
          <p className="notice" role="status">
            {t('verify-done')}
          </p>
          <p>
            <Link to="/sign-in">{t('nav-sign-in')}</Link>
          </p>
        </>
      )}
      {typeof state === 'object' && (
        <>
          <ErrorMessage error={state.error} />
          <ResendVerification />
        </>
      )}
    </>
  );
}
