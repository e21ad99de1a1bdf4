import { api } from '../api/client';
import type { components } from '../api/schema';
import { useAuth } from '../auth/AuthContext';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { useApi } from '../components/useApi';
import { useFormat, useT } from '../i18n/I18n';
import { Link } from '../router';

type Move = components['schemas']['MoveStatus'];

/**
 * Territory moves (admin API, platform admins only): state, progress, lag, read share and the
 * last error of every move, newest first. Shown on the operator dashboard when the signed-in
 * account is a platform admin; everyone else is told the list needs one.
 */
export function OperatorMoves({ refreshMs }: { refreshMs: number }) {
  const t = useT();
  const format = useFormat();
  const { me } = useAuth();
  const admin = Boolean(me?.grants.some((g) => g.role === 'platform_admin'));
  const moves = useApi((signal) => (admin ? api.get('/api/v1/admin/moves', { signal }) : Promise.resolve([] as Move[])), `moves-${admin}`, admin ? refreshMs : undefined);
  return (
    <section className="card" aria-labelledby="moves-heading" data-testid="moves">
      <h2 id="moves-heading">{t('operator-moves')}</h2>
      {!admin && <p className="muted">{t('operator-moves-admin-only')}</p>}
      {admin && moves.error !== undefined && <ErrorMessage error={moves.error} onRetry={moves.reload} />}
      {admin && moves.loading && !moves.data && <Loading />}
      {admin && (
        <p>
          <Link to="/operator/moves">{t('operator-moves-manage')}</Link>
        </p>
      )}
      {admin && moves.data && moves.data.length === 0 && <p>{t('operator-moves-none')}</p>}
      {admin && moves.data && moves.data.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>{t('operator-moves')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('operator-move-territory')}</th>
                <th scope="col">{t('operator-move-route')}</th>
                <th scope="col">{t('operator-state')}</th>
                <th scope="col">{t('operator-move-copy')}</th>
                <th scope="col">{t('operator-lag')}</th>
                <th scope="col">{t('operator-move-reads')}</th>
                <th scope="col">{t('operator-checked')}</th>
                <th scope="col">{t('operator-error')}</th>
              </tr>
            </thead>
            <tbody>
              {moves.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`/t/${m.territory}`}>{m.territory}</Link>
                  </th>
                  <td>
                    {m.source_region}/{m.source_node} → {m.target_region}/{m.target_node}
                  </td>
                  <td>
                    {m.state}
                    {m.paused ? ` (${t('operator-move-paused')})` : ''}
                  </td>
                  <td>{format.number(Math.round(m.copy_percent * 10) / 10)} %</td>
                  <td>{m.lag_seconds == null ? t('operator-none') : t('operator-lag-value', { seconds: m.lag_seconds })}</td>
                  <td>{format.number(m.read_percent)} %</td>
                  <td>{format.dateTime(m.updated_at)}</td>
                  <td>{m.error ?? t('operator-none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
