import { useState } from 'react';
import { passkeys, passkeysSupported, type Passkey } from '../../api/passkeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';

/** One passkey: rename, or delete after confirming the password. */
function PasskeyItem({ passkey, onChange }: { passkey: Passkey; onChange: () => void }) {
  const t = useT();
  const format = useFormat();
  const [name, setName] = useState(passkey.name);
  const [password, setPassword] = useState('');
  const [deleting, setDeleting] = useState(false);
  const rename = useSubmit(async () => {
    await passkeys.rename(passkey.id, name);
    onChange();
  });
  const remove = useSubmit(async () => {
    await passkeys.remove(passkey.id, password);
    setPassword('');
    onChange();
  });
  return (
    <li data-testid="passkey">
      <p>
        <strong>{passkey.name}</strong> —{' '}
        {t('passkeys-added', { date: format.date(passkey.created_at) })}
        {passkey.last_used_at ? ` · ${t('passkeys-last-used', { date: format.dateTime(passkey.last_used_at) })}` : ''}
        {passkey.backup_eligible ? ` · ${t('passkeys-synced')}` : ''}
      </p>
      <Form submission={rename} submitLabel={t('passkeys-rename')} label={t('passkeys-rename')}>
        <Field label={t('passkeys-name')} name="name" required maxLength={64} value={name} onChange={(e) => setName(e.target.value)} error={rename.fields.name} />
      </Form>
      {deleting ? (
        <Form submission={remove} submitLabel={t('passkeys-delete')} label={t('passkeys-delete')}>
          <Field label={t('field-password')} hint={t('passkeys-delete-hint')} name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </Form>
      ) : (
        <button type="button" className="secondary" onClick={() => setDeleting(true)}>
          {t('passkeys-delete')}
        </button>
      )}
    </li>
  );
}

/** Passkeys: add one on this device, list, rename, delete. */
export function PasskeysSection() {
  const t = useT();
  const list = useApi(() => passkeys.list(), 'passkeys');
  const [name, setName] = useState('');
  const [added, setAdded] = useState(false);
  const [codes, setCodes] = useState<string[]>([]);
  const add = useSubmit(async () => {
    const answer = await passkeys.register(name.trim() || t('passkeys-default-name'));
    setName('');
    setAdded(true);
    setCodes(answer.recovery_codes);
    list.reload();
  });
  return (
    <section aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t('passkeys-title')}</h2>
      <p>{t('passkeys-intro')}</p>
      {added && (
        <p className="notice" role="status">
          {t('passkeys-added-notice')}
        </p>
      )}
      {codes.length > 0 && (
        <section aria-labelledby="passkey-recovery-heading">
          <h3 id="passkey-recovery-heading">{t('security-recovery-title')}</h3>
          <p>{t('passkeys-recovery-intro')}</p>
          <ul className="codes" data-testid="recovery-codes">
            {codes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data ? (
        <Loading />
      ) : list.data && list.data.length > 0 ? (
        <ul className="passkeys">
          {list.data.map((p) => (
            <PasskeyItem key={`${p.id}-${p.name}`} passkey={p} onChange={list.reload} />
          ))}
        </ul>
      ) : (
        <p>{t('passkeys-none')}</p>
      )}
      {passkeysSupported() ? (
        <Form submission={add} submitLabel={t('passkeys-add')} label={t('passkeys-add')}>
          <Field label={t('passkeys-name')} hint={t('passkeys-name-hint')} name="passkey-name" maxLength={64} value={name} onChange={(e) => setName(e.target.value)} error={add.fields.name} />
        </Form>
      ) : (
        <p>{t('passkeys-unsupported')}</p>
      )}
    </section>
  );
}
