import { useState } from 'react';
import { identity } from '../api/identity';
import { useT } from '../i18n/I18n';
import { Field, Form, useSubmit } from './Form';

/**
 * Ask for a fresh email-verification link: after a sign-in refused with
 * `email_not_verified`, or when a verification link is used or expired. The server answers
 * the same whether or not the account exists, and so does this form.
 */
export function ResendVerification({ initialLogin = '' }: { initialLogin?: string }) {
  const t = useT();
  const [login, setLogin] = useState(initialLogin);
  const [sent, setSent] = useState(false);
  const resend = useSubmit(async () => {
    await identity.resendVerification(login.trim());
    setSent(true);
  });
  if (sent) {
    return (
      <p className="notice" role="status">
        {t('verify-resent')}
      </p>
    );
  }
  return (
    <Form submission={resend} submitLabel={t('verify-resend')} label={t('verify-resend')}>
      <p>{t('verify-resend-intro')}</p>
      <Field label={t('field-login')} name="resend_login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} />
    </Form>
  );
}
