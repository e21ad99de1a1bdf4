import { useState } from 'react';
import { identity } from '../api/identity';
import { Field, Form, useSubmit } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/I18n';
import { Link, useLocation } from '../router';

/** Without a token: ask for a reset link. With one (from the email): choose a new password. */
export default function ResetPassword() {
  const t = useT();
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const request = useSubmit(async () => {
    await identity.requestReset(login);
    setDone(true);
  });
  const complete = useSubmit(async () => {
    const value = code.trim();
    // A code with letters or dashes is a recovery code; six digits are an authenticator code.
    const factor = value === '' ? {} : /^\d{6}$/.test(value) ? { code: value } : { recovery_code: value };
    await identity.completeReset({ token: token ?? '', new_password: password, ...factor });
    setDone(true);
  });
  return (
    <>
      <PageHeading title={t('reset-title')} />
      {done ? (
        <>
          <p className="notice" role="status">
            {t(token ? 'reset-done' : 'reset-sent')}
          </p>
          {token && (
            <p>
              <Link to="/sign-in">{t('nav-sign-in')}</Link>
            </p>
          )}
        </>
      ) : token ? (
        <Form submission={complete} submitLabel={t('reset-submit')} label={t('reset-title')}>
          <Field label={t('field-new-password')} hint={t('field-password-hint')} name="new_password" type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={complete.fields.new_password ?? complete.fields.password} />
          <Field label={t('field-code-optional')} hint={t('reset-code-hint')} name="code" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
        </Form>
      ) : (
        <Form submission={request} submitLabel={t('reset-request')} label={t('reset-title')}>
          <p>{t('reset-intro')}</p>
          <Field label={t('field-login')} name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} />
        </Form>
      )}
    </>
  );
}
