import { useState } from 'react';
import { identity } from '../../api/identity';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { AccountPage } from './AccountNav';

const SCOPES = ['read', 'write', 'admin'] as const;

/** Personal access tokens: create (secret shown once), list, revoke. */
export default function ApiKeys() {
  const t = useT();
  const format = useFormat();
  const keys = useApi((signal) => identity.apiKeys({ signal }), 'api-keys');
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['read']);
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<string>();
  const create = useSubmit(async () => {
    const answer = await identity.createApiKey({ name, scopes, expires_in_days: Number(days) });
    setCreated(answer.token);
    setName('');
    keys.reload();
  });
  const revoke = async (id: string) => {
    await identity.revokeApiKey(id).catch(() => undefined);
    keys.reload();
  };
  return (
    <>
      <PageHeading title={t('keys-title')} />
      <AccountPage>
        {created && (
          <section className="notice" role="status" aria-labelledby="key-created">
            <h2 id="key-created">{t('keys-created')}</h2>
            <p>{t('keys-created-once')}</p>
            <p className="secret" data-testid="new-key">
              {created}
            </p>
          </section>
        )}
        <Form submission={create} submitLabel={t('keys-create')} label={t('keys-create')}>
          <Field label={t('keys-name')} name="name" required value={name} onChange={(e) => setName(e.target.value)} error={create.fields.name} />
          <fieldset className="checks">
            <legend>{t('keys-scopes')}</legend>
            {SCOPES.map((scope) => (
              <label key={scope}>
                <input
                  type="checkbox"
                  checked={scopes.includes(scope)}
                  onChange={(e) => setScopes(e.target.checked ? [...scopes, scope] : scopes.filter((s) => s !== scope))}
                />
                {t(`keys-scope-${scope}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t('keys-days')} name="expires_in_days" type="number" min={1} max={365} required value={days} onChange={(e) => setDays(e.target.value)} error={create.fields.expires_in_days} />
        </Form>
        {keys.error !== undefined && <ErrorMessage error={keys.error} onRetry={keys.reload} />}
        {keys.loading && !keys.data && <Loading />}
        {keys.data && (
          <div className="table-scroll">
            <table data-testid="api-keys">
              <caption>{t('keys-count', { count: keys.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('keys-name')}</th>
                  <th scope="col">{t('keys-prefix')}</th>
                  <th scope="col">{t('keys-scopes')}</th>
                  <th scope="col">{t('keys-expires')}</th>
                  <th scope="col">{t('keys-last-used')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sessions-actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.id}>
                    <th scope="row">{k.name}</th>
                    <td>
                      <code>{k.prefix}…</code>
                    </td>
                    <td>{k.scopes.join(', ')}</td>
                    <td>{format.date(k.expires_at)}</td>
                    <td>{k.last_used_at ? `${format.dateTime(k.last_used_at)}${k.last_used_ip ? ` (${k.last_used_ip})` : ''}` : t('operator-none')}</td>
                    <td>
                      {k.revoked_at ? (
                        t('keys-revoked', { when: format.date(k.revoked_at) })
                      ) : (
                        <button type="button" className="secondary" onClick={() => void revoke(k.id)}>
                          {t('keys-revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AccountPage>
    </>
  );
}
