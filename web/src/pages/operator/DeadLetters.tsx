import { useState } from 'react';
import { admin, type DeadLetter } from '../../api/admin';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { AdminPage } from './AdminPage';

/** Events a consumer gave up on, per territory, and replaying them through their consumer. */
export default function DeadLetters() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('admin-events-title')} />
      <AdminPage>
        <DeadLetterList />
      </AdminPage>
    </>
  );
}

function DeadLetterList() {
  const t = useT();
  const format = useFormat();
  const territories = useApi((signal) => api.get('/api/v1/territories', { signal }), 'territories');
  const [territory, setTerritory] = useState('');
  const chosen = territory || territories.data?.[0]?.code || '';
  // Cursors of the pages shown so far ('' is the first page).
  const [cursors, setCursors] = useState<string[]>(['']);
  const cursor = cursors[cursors.length - 1] ?? '';
  const page = useApi(
    (signal) => (chosen ? admin.deadLetters(chosen, cursor || undefined, { signal }) : Promise.resolve(undefined)),
    `dead-${chosen}-${cursor}`,
  );
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const replay = (d: DeadLetter) => {
    setBusy(d.id);
    setError(undefined);
    setDone(undefined);
    admin
      .replay(chosen, d.id)
      .then((r) => setDone(t(r.processed ? 'admin-events-replayed' : 'admin-events-replay-failed', { item: d.subject })))
      .catch((e: unknown) => setError(e))
      .finally(() => {
        setBusy(undefined);
        page.reload();
      });
  };
  return (
    <>
      <p>{t('admin-events-intro')}</p>
      <div className="toolbar">
        <label htmlFor="dead-territory">{t('admin-users-territory')}</label>
        <select
          id="dead-territory"
          value={chosen}
          onChange={(e) => {
            setTerritory(e.target.value);
            setCursors(['']);
          }}
        >
          {(territories.data ?? []).map((tt) => (
            <option key={tt.code} value={tt.code}>
              {tt.name} ({tt.code})
            </option>
          ))}
        </select>
        <button type="button" className="secondary" onClick={page.reload}>
          {t('operator-refresh')}
        </button>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {page.error !== undefined && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {page.loading && !page.data && <Loading />}
      {page.data && page.data.items.length === 0 && (
        <p data-testid="dead-letters-none">{t('admin-events-none', { territory: chosen })}</p>
      )}
      {page.data && page.data.items.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin-events-caption', { territory: chosen })}>
          <table data-testid="dead-letters">
            <caption>{t('admin-events-caption', { territory: chosen })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin-events-subject')}</th>
                <th scope="col">{t('admin-events-consumer')}</th>
                <th scope="col">{t('admin-events-attempts')}</th>
                <th scope="col">{t('admin-events-failed-at')}</th>
                <th scope="col">{t('operator-error')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin-actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.subject}</th>
                  <td>{d.consumer}</td>
                  <td>{format.number(d.attempts)}</td>
                  <td>{format.dateTime(d.failed_at)}</td>
                  <td>{d.last_error}</td>
                  <td>
                    <button type="button" disabled={busy !== undefined} onClick={() => replay(d)}>
                      {busy === d.id ? t('form-busy') : t('admin-events-replay')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="toolbar">
        {cursors.length > 1 && (
          <button type="button" className="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('admin-previous')}
          </button>
        )}
        {page.data?.next && (
          <button type="button" className="secondary" onClick={() => setCursors([...cursors, page.data?.next ?? ''])}>
            {t('admin-next')}
          </button>
        )}
      </div>
    </>
  );
}
