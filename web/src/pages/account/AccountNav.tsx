import type { ReactNode } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n/I18n';
import { Link, NavLink } from '../../router';

/** Sub-navigation of the account screens; asks to sign in when signed out. */
export function AccountPage({ children }: { children: ReactNode }) {
  const t = useT();
  const { me } = useAuth();
  if (me === undefined) return <Loading />;
  if (me === null) {
    return (
      <p className="error" role="alert">
        {t('error-unauthenticated')} <Link to="/sign-in">{t('nav-sign-in')}</Link>
      </p>
    );
  }
  return (
    <>
      <nav aria-label={t('account-nav')} className="subnav">
        <ul>
          <li>
            <NavLink to="/account" end>
              {t('account-overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/account/credentials">{t('account-credentials')}</NavLink>
          </li>
          <li>
            <NavLink to="/account/security">{t('account-security')}</NavLink>
          </li>
          <li>
            <NavLink to="/account/sessions">{t('account-sessions')}</NavLink>
          </li>
          <li>
            <NavLink to="/account/api-keys">{t('account-api-keys')}</NavLink>
          </li>
          <li>
            <NavLink to="/account/activity">{t('account-activity')}</NavLink>
          </li>
        </ul>
      </nav>
      {children}
    </>
  );
}
