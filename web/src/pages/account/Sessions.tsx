import { identity } from '../../api/identity';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useSubmit } from '../../components/Form';
import { useFormat, useT } from '../../i18n/I18n';
import { AccountPage } from './AccountNav';

/** My live sessions: where and when, revoke one or all others. */
export default function Sessions() {
  const t = useT();
  const format = useFormat();
  const sessions = useApi((signal) => identity.sessions({ signal }), 'sessions');
  const others = useSubmit(async () => {
    await identity.revokeOtherSessions();
    sessions.reload();
  });
  const revoke = async (id: string) => {
    await identity.revokeSession(id).catch(() => undefined);
    sessions.reload();
  };
  return (
    <>
      <PageHeading title={t('sessions-title')} />
      <AccountPage>
        {sessions.error !== undefined && <ErrorMessage error={sessions.error} onRetry={sessions.reload} />}
        {others.error !== undefined && <ErrorMessage error={others.error} />}
        {sessions.loading && !sessions.data && <Loading />}
        {sessions.data && (
          <div className="table-scroll">
            <table data-testid="sessions">
              <caption>{t('sessions-count', { count: sessions.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sessions-device')}</th>
                  <th scope="col">{t('sessions-ip')}</th>
                  <th scope="col">{t('sessions-created')}</th>
                  <th scope="col">{t('sessions-last-seen')}</th>
                  <th scope="col">{t('sessions-expires')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('sessions-actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.data.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.device ?? t('operator-none')} {s.current && <span className="badge badge-ok">{t('sessions-current')}</span>}
                    </th>
                    <td>{s.ip ?? t('operator-none')}</td>
                    <td>{format.dateTime(s.created_at)}</td>
                    <td>{format.dateTime(s.last_seen_at)}</td>
                    <td>{format.dateTime(s.expires_at)}</td>
                    <td>
                      {!s.current && (
                        <button type="button" className="secondary" onClick={() => void revoke(s.id)}>
                          {t('sessions-revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <form onSubmit={others.onSubmit}>
          <button type="submit" disabled={others.busy}>
            {t('sessions-revoke-others')}
          </button>
        </form>
      </AccountPage>
    </>
  );
}
