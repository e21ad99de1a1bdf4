import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation } from '../router';
import { LOCALES, isLocale } from '../i18n/locales';
import { useLocale, useT } from '../i18n/I18n';
import { OutboxStatus } from '../outbox/OutboxStatus';
import { useAuth } from '../auth/AuthContext';
import { markNavigation } from './navigation';
import { useOnline } from './useOnline';

/** Header (skip link, navigation, language), offline notice, outbox, and the main landmark. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const online = useOnline();
  const { me } = useAuth();
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Effects run child-first, so when the new screen is already rendered its heading exists
    // now; when its code is still loading, the heading focuses itself once it mounts.
    // A heading hidden by a suspended boundary (display: none) belongs to the old screen.
    const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find((h) => h.getClientRects().length > 0);
    if (heading) heading.focus();
    else markNavigation();
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip-to-content')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <NavLink to="/" className="brand">
            <img src="/icons/icon.svg" alt="" width="32" height="32" />
            <span>{t('app-name')}</span>
          </NavLink>
          <nav aria-label={t('nav-label')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav-territories')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/operator">{t('nav-operator')}</NavLink>
              </li>
              {me ? (
                <li>
                  <NavLink to="/account">{t('nav-account', { name: me.display_name })}</NavLink>
                </li>
              ) : (
                <>
                  <li>
                    <NavLink to="/sign-in">{t('nav-sign-in')}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/register">{t('nav-register')}</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="language">
            <label htmlFor="language-select">{t('language-label')}</label>
            <select
              id="language-select"
              value={locale}
              onChange={(e) => {
                if (isLocale(e.target.value)) setLocale(e.target.value);
              }}
            >
              {LOCALES.map((l) => (
                <option key={l.tag} value={l.tag} lang={l.tag}>
                  {l.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>
      {!online && (
        <p className="offline-banner" role="status">
          {t('offline-banner')}
        </p>
      )}
      <main id="main" tabIndex={-1}>
        <OutboxStatus />
        {children}
      </main>
    </>
  );
}
