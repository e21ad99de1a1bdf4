import { useState } from 'react';
import { identity } from '../../api/identity';
import { Field, Form, useSubmit } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18n';
import { AccountPage } from './AccountNav';

/** Change the password (other sessions end) or the email address (confirmed by a link). */
export default function Credentials() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [passwordDone, setPasswordDone] = useState<number>();
  const [emailPassword, setEmailPassword] = useState('');
  const [email, setEmail] = useState('');
  const [emailSent, setEmailSent] = useState<string>();
  const password = useSubmit(async () => {
    const answer = await identity.changePassword({ current_password: current, new_password: next });
    setCurrent('');
    setNext('');
    setPasswordDone(answer.revoked);
  });
  const changeEmail = useSubmit(async () => {
    await identity.changeEmail({ password: emailPassword, new_email: email });
    setEmailPassword('');
    setEmailSent(email);
  });
  return (
    <>
      <PageHeading title={t('credentials-title')} />
      <AccountPage>
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">{t('credentials-password')}</h2>
          {passwordDone !== undefined && (
            <p className="notice" role="status">
              {t('credentials-password-done', { count: passwordDone })}
            </p>
          )}
          <Form submission={password} submitLabel={t('credentials-password-submit')} label={t('credentials-password')}>
            <Field label={t('field-password')} name="current_password" type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
            <Field label={t('field-new-password')} hint={t('field-password-hint')} name="new_password" type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} error={password.fields.new_password ?? password.fields.password} />
          </Form>
        </section>
        <section aria-labelledby="email-heading">
          <h2 id="email-heading">{t('credentials-email')}</h2>
          {emailSent && (
            <p className="notice" role="status">
              {t('credentials-email-sent', { email: emailSent })}
            </p>
          )}
          <Form submission={changeEmail} submitLabel={t('credentials-email-submit')} label={t('credentials-email')}>
            <Field label={t('credentials-new-email')} name="new_email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={changeEmail.fields.new_email} />
            <Field label={t('field-password')} name="password" type="password" autoComplete="current-password" required value={emailPassword} onChange={(e) => setEmailPassword(e.target.value)} />
          </Form>
        </section>
      </AccountPage>
    </>
  );
}
