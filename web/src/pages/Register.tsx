import { useState } from 'react';
import { api } from '../api/client';
import { identity } from '../api/identity';
import { Field, Form, useSubmit } from '../components/Form';
import { PageHeading } from '../components/PageHeading';
import { useApi } from '../components/useApi';
import { useLocale, useT } from '../i18n/I18n';
import { LOCALES } from '../i18n/locales';
import { Link } from '../router';

/** Create an account in a territory; a verification link is emailed. */
export default function Register() {
  const t = useT();
  const { locale } = useLocale();
  const territories = useApi((signal) => api.get('/api/v1/territories', { signal }), 'territories');
  const [territory, setTerritory] = useState('');
  const [handle, setHandle] = useState('');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<string>(locale);
  const [done, setDone] = useState<string>();
  // Until the person picks one, the first territory of the list is selected.
  const chosen = territory || territories.data?.[0]?.code || '';
  const submission = useSubmit(async () => {
    const result = await identity.register(chosen, { handle, email, password, display_name: displayName, language });
    setDone(result.handle);
  });

  if (done) {
    return (
      <>
        <PageHeading title={t('register-title')} />
        <p className="notice" role="status">
          {t('register-done', { handle: done, email })}
        </p>
        <p>
          <Link to="/sign-in">{t('nav-sign-in')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('register-title')} />
      <p>{t('register-intro')}</p>
      <Form submission={submission} submitLabel={t('register-submit')} label={t('register-title')}>
        <div className="field">
          <label htmlFor="register-territory">{t('register-territory')}</label>
          <select id="register-territory" value={chosen} onChange={(e) => setTerritory(e.target.value)} required>
            {(territories.data ?? []).map((tt) => (
              <option key={tt.code} value={tt.code}>
                {tt.name} ({tt.code})
              </option>
            ))}
          </select>
        </div>
        <Field label={t('field-handle')} hint={t('field-handle-hint')} name="handle" autoComplete="username" required value={handle} onChange={(e) => setHandle(e.target.value)} error={submission.fields.handle} />
        <Field label={t('field-display-name')} name="display_name" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={submission.fields.display_name} />
        <Field label={t('field-email')} name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={submission.fields.email} />
        <Field label={t('field-new-password')} hint={t('field-password-hint')} name="password" type="password" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={submission.fields.password} />
        <div className="field">
          <label htmlFor="register-language">{t('field-language')}</label>
          <select id="register-language" value={language} onChange={(e) => setLanguage(e.target.value)}>
            {LOCALES.map((l) => (
              <option key={l.tag} value={l.tag} lang={l.tag}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      </Form>
      <p>
        {t('register-have-account')} <Link to="/sign-in">{t('nav-sign-in')}</Link>
      </p>
    </>
  );
}
