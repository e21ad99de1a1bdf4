import { useAuth } from '../../auth/AuthContext';
import { PageHeading } from '../../components/PageHeading';
import { useFormat, useT } from '../../i18n/I18n';
import { useLocation } from '../../router';
import { AccountPage } from './AccountNav';

/** The account at a glance, and sign-out. */
export default function Account() {
  const t = useT();
  const format = useFormat();
  const { me, signOut } = useAuth();
  const { navigate } = useLocation();
  return (
    <>
      <PageHeading title={t('account-title')} />
      <AccountPage>
        {me && (
          <>
            <dl className="facts" data-testid="account">
              <div>
                <dt>{t('field-display-name')}</dt>
                <dd>{me.display_name}</dd>
              </div>
              <div>
                <dt>{t('field-handle')}</dt>
                <dd>{me.handle}</dd>
              </div>
              <div>
                <dt>{t('field-email')}</dt>
                <dd>
                  {me.email} {me.email_verified ? <span className="badge badge-ok">{t('account-verified')}</span> : <span className="badge badge-bad">{t('account-unverified')}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('territory-title')}</dt>
                <dd>{me.territory}</dd>
              </div>
              <div>
                <dt>{t('field-language')}</dt>
                <dd>{format.language(me.language)}</dd>
              </div>
              <div>
                <dt>{t('account-two-factor')}</dt>
                <dd>{t(me.totp_enabled ? 'account-two-factor-on' : 'account-two-factor-off')}</dd>
              </div>
              <div>
                <dt>{t('account-member-since')}</dt>
                <dd>{format.date(me.created_at)}</dd>
              </div>
            </dl>
            <button
              type="button"
              onClick={() => {
                void signOut().finally(() => navigate('/'));
              }}
            >
              {t('nav-sign-out')}
            </button>
          </>
        )}
      </AccountPage>
    </>
  );
}
