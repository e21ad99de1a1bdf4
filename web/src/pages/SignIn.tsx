import { useState } from 'react';
import { ApiError } from '../api/client';
import { identity } from '../api/identity';
import { passkeys, passkeysSupported } from '../api/passkeys';
import { useAuth } from '../auth/AuthContext';
import { Field, Form, useSubmit } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { ResendVerification } from '../components/ResendVerification';
import { useT } from '../i18n/I18n';
import { Link, useLocation } from '../router';

/** Sign in with handle or email and password, then the second factor when it is on. */
export default function SignIn() {
  const t = useT();
  const { refresh } = useAuth();
  const { navigate } = useLocation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string>();
  const [methods, setMethods] = useState<string[]>([]);
  const [code, setCode] = useState('');
  const [useRecovery, setUseRecovery] = useState(false);
  const [codesChosen, setCodesChosen] = useState(false);

  const finish = async () => {
    await refresh();
    navigate('/account');
  };
  const first = useSubmit(async () => {
    const answer = await identity.login({ login, password });
    if (answer.status === 'second_factor_required' && answer.challenge) {
      setPassword('');
      setMethods(answer.methods ?? []);
      setUseRecovery(false);
      setChallenge(answer.challenge);
    } else {
      await finish();
    }
  });
  const withPasskey = useSubmit(async () => {
    await passkeys.signIn();
    await finish();
  });
  const passkeyFactor = useSubmit(async () => {
    if (!challenge) return;
    await passkeys.secondFactor(challenge);
    await finish();
  });
  const codes = methods.includes('totp');
  const second = useSubmit(async () => {
    if (!challenge) return;
    const value = code.trim();
    await identity.secondFactor(useRecovery ? { challenge, recovery_code: value } : { challenge, code: value });
    await finish();
  });

  return (
    <>
      <PageHeading title={t('sign-in-title')} />
      {!challenge ? (
        <>
          <Form submission={first} submitLabel={t('sign-in-submit')} label={t('sign-in-title')}>
            <Field label={t('field-login')} name="login" autoComplete="username webauthn" required value={login} onChange={(e) => setLogin(e.target.value)} />
            <Field label={t('field-password')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </Form>
          {first.error instanceof ApiError && first.error.code === 'email_not_verified' && <ResendVerification initialLogin={login} />}
          {passkeysSupported() && (
            <Form submission={withPasskey} submitLabel={t('passkeys-sign-in')} label={t('passkeys-sign-in')}>
              <p>{t('passkeys-sign-in-intro')}</p>
            </Form>
          )}
        </>
      ) : methods.includes('passkey') && !useRecovery && !codesChosen ? (
        <Form submission={passkeyFactor} submitLabel={t('passkeys-use')} label={t('sign-in-second-factor')}>
          <p>{t('passkeys-second-factor-intro')}</p>
          {codes ? (
            <button type="button" className="secondary" onClick={() => setCodesChosen(true)}>
              {t('sign-in-use-totp')}
            </button>
          ) : (
            methods.includes('recovery_code') && (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setUseRecovery(true);
                  setCodesChosen(true);
                }}
              >
                {t('sign-in-use-recovery')}
              </button>
            )
          )}
        </Form>
      ) : (
        <Form submission={second} submitLabel={t('sign-in-verify')} label={t('sign-in-second-factor')}>
          <p>{t(useRecovery ? 'sign-in-recovery-intro' : 'sign-in-totp-intro')}</p>
          <Field
            label={t(useRecovery ? 'field-recovery-code' : 'field-totp-code')}
            name="code"
            autoComplete="one-time-code"
            inputMode={useRecovery ? 'text' : 'numeric'}
            required
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          {codes && (
            <button type="button" className="secondary" onClick={() => setUseRecovery(!useRecovery)}>
              {t(useRecovery ? 'sign-in-use-totp' : 'sign-in-use-recovery')}
            </button>
          )}
        </Form>
      )}
      <p>
        <Link to="/reset-password">{t('sign-in-forgot')}</Link>
      </p>
      <p>
        {t('sign-in-no-account')} <Link to="/register">{t('nav-register')}</Link>
      </p>
    </>
  );
}
