import type { ReactNode } from 'react';
import { useAuth } from '../../auth/AuthContext';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n/I18n';
import { Link, NavLink } from '../../router';

/** Whether the signed-in account is a platform admin. */
export function useIsPlatformAdmin(): boolean {
  const { me } = useAuth();
  return Boolean(me?.grants.some((g) => g.role === 'platform_admin'));
}

/** Sub-navigation of the operator screens. */
export function OperatorNav() {
  const t = useT();
  return (
    <nav aria-label={t('admin-nav')} className="subnav">
      <ul>
        <li>
          <NavLink to="/operator" end>
            {t('admin-nav-overview')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/operator/territories">{t('admin-nav-territories')}</NavLink>
        </li>
        <li>
          <NavLink to="/operator/users">{t('admin-nav-users')}</NavLink>
        </li>
        <li>
          <NavLink to="/operator/moves">{t('admin-nav-moves')}</NavLink>
        </li>
        <li>
          <NavLink to="/operator/audit">{t('admin-nav-audit')}</NavLink>
        </li>
        <li>
          <NavLink to="/operator/events">{t('admin-nav-events')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/**
 * An operator screen: its sub-navigation and content for platform admins; everyone else is
 * told what it needs (signing in, or a platform admin account).
 */
export function AdminPage({ children }: { children: ReactNode }) {
  const t = useT();
  const { me } = useAuth();
  const admin = useIsPlatformAdmin();
  if (me === undefined) return <Loading />;
  if (me === null) {
    return (
      <p className="error" role="alert">
        {t('error-unauthenticated')} <Link to="/sign-in">{t('nav-sign-in')}</Link>
      </p>
    );
  }
  if (!admin) {
    return (
      <p className="error" role="alert">
        {t('admin-platform-admin-only')}
      </p>
    );
  }
  return (
    <>
      <OperatorNav />
      {children}
    </>
  );
}
