import { useState } from 'react';
import { identity } from '../api/identity';
import { passkeys } from '../api/passkeys';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field, Form, useSubmit } from '../components/Form';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useApi } from '../components/useApi';
import { useT } from '../i18n/I18n';
import { Link, useLocation } from '../router';

/** Without a token: ask for a reset link. With one (from the email): choose a new password. */
export default function ResetPassword() {
  const t = useT();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token');
  const [login, setLogin] = useState('');
  const [done, setDone] = useState(false);
  const request = useSubmit(async () => {
    await identity.requestReset(login);
    setDone(true);
  });
  return (
    <>
      <PageHeading title={t('reset-title')} />
      {done ? (
        <p className="notice" role="status">
          {t('reset-sent')}
        </p>
      ) : token ? (
        <ChooseNewPassword token={token} />
      ) : (
        <Form submission={request} submitLabel={t('reset-request')} label={t('reset-title')}>
          <p>{t('reset-intro')}</p>
          <Field label={t('field-login')} name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} />
        </Form>
      )}
    </>
  );
}

/**
 * The link's second step. The server says first which second factor the account has: with
 * a passkey, the new password is confirmed with it; with an authenticator app, a code (or a
 * recovery code) is asked for. An inbox alone never takes over a protected account.
 */
function ChooseNewPassword({ token }: { token: string }) {
  const t = useT();
  const factors = useApi(() => identity.resetFactors(token), token);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const methods = factors.data?.methods ?? [];
  const hasPasskey = methods.includes('passkey');
  const hasTotp = methods.includes('totp');
  // Recovery codes come with an authenticator app or with the first passkey.
  const hasCodes = methods.includes('recovery_code');
  const complete = useSubmit(async () => {
    const value = code.trim();
    if (hasPasskey && value === '') {
      await passkeys.completeReset(token, password);
    } else {
      // A code with letters or dashes is a recovery code; six digits are an authenticator code.
      const factor = value === '' ? {} : hasTotp && /^\d{6}$/.test(value) ? { code: value } : { recovery_code: value };
      await identity.completeReset({ token, new_password: password, ...factor });
    }
    setDone(true);
  });
  if (done) {
    return (
      <>
        <p className="notice" role="status">
          {t('reset-done')}
        </p>
        <p>
          <Link to="/sign-in">{t('nav-sign-in')}</Link>
        </p>
      </>
    );
  }
  if (factors.loading && !factors.data) return <Loading />;
  if (factors.error !== undefined) {
    return (
      <>
        <ErrorMessage error={factors.error} />
        <p>
          <Link to="/reset-password">{t('reset-request-new')}</Link>
        </p>
      </>
    );
  }
  const submitLabel = hasPasskey ? t('reset-submit-passkey') : t('reset-submit');
  return (
    <Form submission={complete} submitLabel={submitLabel} label={t('reset-title')}>
      {hasPasskey && <p className="hint">{t(hasTotp ? 'reset-passkey-or-code' : hasCodes ? 'reset-passkey-or-recovery' : 'reset-passkey-needed')}</p>}
      <Field label={t('field-new-password')} hint={t('field-password-hint')} name="new_password" type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={complete.fields.new_password ?? complete.fields.password} />
      {hasCodes && (
        <Field
          label={t(hasTotp ? 'field-code-optional' : 'field-recovery-code')}
          hint={t(hasPasskey ? 'reset-code-instead-hint' : 'reset-code-hint')}
          name="code"
          autoComplete="one-time-code"
          required={!hasPasskey}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      )}
    </Form>
  );
}
