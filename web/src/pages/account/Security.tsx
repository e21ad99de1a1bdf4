import { useState } from 'react';
import { identity, type Enrolment } from '../../api/identity';
import { useAuth } from '../../auth/AuthContext';
import { Field, Form, useSubmit } from '../../components/Form';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/I18n';
import { AccountPage } from './AccountNav';
import { PasskeysSection } from './Passkeys';

/** Two-factor sign-in: enrol (password → QR code → confirm with a code → recovery codes), or turn off; and passkeys. */
export default function Security() {
  const t = useT();
  const { me, refresh } = useAuth();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [recovery, setRecovery] = useState<string[]>();
  const [disabled, setDisabled] = useState(false);

  const start = useSubmit(async () => {
    setEnrolment(await identity.totpEnrol(password));
    setPassword('');
  });
  const confirm = useSubmit(async () => {
    const answer = await identity.totpConfirm(code.trim());
    setRecovery(answer.recovery_codes);
    setEnrolment(undefined);
    setCode('');
    await refresh();
  });
  const disable = useSubmit(async () => {
    const value = code.trim();
    await identity.totpDisable({ password, ...(/^\d{6}$/.test(value) ? { code: value } : { recovery_code: value }) });
    setPassword('');
    setCode('');
    setDisabled(true);
    await refresh();
  });

  return (
    <>
      <PageHeading title={t('security-title')} />
      <AccountPage>
        {recovery ? (
          <section aria-labelledby="recovery-heading">
            <p className="notice" role="status">
              {t('security-enabled')}
            </p>
            <h2 id="recovery-heading">{t('security-recovery-title')}</h2>
            <p>{t('security-recovery-intro')}</p>
            <ul className="codes" data-testid="recovery-codes">
              {recovery.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </section>
        ) : me?.totp_enabled ? (
          <>
            <p>{t('security-on')}</p>
            <Form submission={disable} submitLabel={t('security-disable')} label={t('security-disable')}>
              <Field label={t('field-password')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
              <Field label={t('field-totp-or-recovery')} name="code" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} />
            </Form>
          </>
        ) : enrolment ? (
          <section aria-labelledby="enrol-heading">
            <h2 id="enrol-heading">{t('security-scan')}</h2>
            <img className="qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qr_svg)}`} alt={t('security-qr-alt')} width="192" height="192" />
            <p>{t('security-manual')}</p>
            <p className="secret" data-testid="totp-secret">
              {enrolment.secret}
            </p>
            <Form submission={confirm} submitLabel={t('security-confirm')} label={t('security-confirm')}>
              <Field label={t('field-totp-code')} name="code" inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} />
            </Form>
          </section>
        ) : (
          <>
            {disabled && (
              <p className="notice" role="status">
                {t('security-disabled')}
              </p>
            )}
            <p>{t('security-off')}</p>
            <Form submission={start} submitLabel={t('security-start')} label={t('security-start')}>
              <Field label={t('field-password')} hint={t('security-password-hint')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            </Form>
          </>
        )}
        <PasskeysSection />
      </AccountPage>
    </>
  );
}
