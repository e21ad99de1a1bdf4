import { Link } from '../router';
import { api, type Region } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useApi } from '../components/useApi';
import { useFormat, useT } from '../i18n/I18n';
import { NodeStateBadge } from './badges';
import { OperatorMoves } from './OperatorMoves';
import { OperatorNav, useIsPlatformAdmin } from './operator/AdminPage';
import { useAuth } from '../auth/AuthContext';

const REFRESH_SECONDS = 10;

/** Regions, nodes (state, lag, pool figures), territories and readiness; refreshes itself. */
export default function Operator() {
  const t = useT();
  const format = useFormat();
  const admin = useIsPlatformAdmin();
  const regions = useApi((signal) => api.get('/api/v1/regions', { signal }), 'regions', REFRESH_SECONDS * 1000);
  // Readiness answers 503 with the same body when something is down; that is data, not an error.
  const ready = useApi((signal) => api.get('/readyz', { signal, acceptStatus: [503] }), 'readyz', REFRESH_SECONDS * 1000);
  const reload = () => {
    regions.reload();
    ready.reload();
  };
  const list: Region[] = regions.data ?? [];
  // Until both first answers are in, show one loading line: rendering readiness, events and
  // regions as each arrives would push the page around (layout shift).
  const settled = (state: { data: unknown; error: unknown }) => state.data !== undefined || state.error !== undefined;
  if (!settled(regions) || !settled(ready)) {
    return (
      <>
        <PageHeading title={t('operator-title')} />
        <p>{t('operator-intro', { seconds: REFRESH_SECONDS })}</p>
        <Loading />
      </>
    );
  }
  const nodeCount = list.reduce((n, r) => n + r.nodes.length, 0);
  const territoryCount = list.reduce((n, r) => n + r.territories.length, 0);
  return (
    <>
      <PageHeading title={t('operator-title')} />
      {admin && <OperatorNav />}
      <p>{t('operator-intro', { seconds: REFRESH_SECONDS })}</p>
      <MyTerritories />
      <div className="toolbar">
        <button type="button" onClick={reload}>
          {t('operator-refresh')}
        </button>
        {regions.updatedAt !== undefined && (
          <span className="muted" aria-live="off">
            {t('operator-updated', { when: format.dateTime(regions.updatedAt) })}
          </span>
        )}
      </div>
      {ready.error !== undefined && <ErrorMessage error={ready.error} onRetry={ready.reload} />}
      {ready.data && (
        <p className={`readiness ${ready.data.ready ? 'badge-ok' : 'badge-bad'}`} data-testid="readiness">
          <strong>{t(ready.data.ready ? 'operator-ready' : 'operator-not-ready')}</strong> · {t('operator-control-plane')}:{' '}
          {t(ready.data.control_plane ? 'operator-control-ok' : 'operator-control-down')}
        </p>
      )}
      {ready.data?.events && (
        <section className="card" aria-labelledby="events-heading" data-testid="events">
          <h2 id="events-heading">{t('operator-events')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('operator-events-mode')}</dt>
              <dd>
                {ready.data.events.mode === 'nats'
                  ? t(ready.data.events.nats_connected ? 'operator-events-nats-up' : 'operator-events-nats-down')
                  : t('operator-events-in-process')}
              </dd>
            </div>
            <div>
              <dt>{t('operator-events-published')}</dt>
              <dd>{format.number(ready.data.events.published)}</dd>
            </div>
            <div>
              <dt>{t('operator-events-relay')}</dt>
              <dd>
                {ready.data.events.relay.filter((r) => r.active).map((r) => r.region).join(', ') || t('operator-none')}
              </dd>
            </div>
            <div>
              <dt>{t('operator-events-consumers')}</dt>
              <dd>{ready.data.events.consumers.join(', ') || t('operator-none')}</dd>
            </div>
            <div>
              <dt>{t('operator-error')}</dt>
              <dd>{ready.data.events.last_error ?? t('operator-none')}</dd>
            </div>
          </dl>
        </section>
      )}
      <OperatorMoves refreshMs={REFRESH_SECONDS * 1000} />
      {regions.error !== undefined && <ErrorMessage error={regions.error} onRetry={regions.reload} />}
      {regions.loading && !regions.data && <Loading />}
      {regions.data && (
        <p className="muted">
          {t('operator-summary', { regions: format.number(list.length), nodes: format.number(nodeCount), territories: format.number(territoryCount) })}
        </p>
      )}
      <h2>{t('operator-regions')}</h2>
      {list.map((region) => (
        <section key={region.code} className="card region" aria-labelledby={`region-${region.code}`} data-testid="region">
          <h3 id={`region-${region.code}`}>
            {region.name} <span className="muted">({region.code})</span>{' '}
            <span className={`badge ${region.ready ? 'badge-ok' : 'badge-bad'}`}>
              {t(region.ready ? 'operator-region-ready' : 'operator-region-down')}
            </span>
          </h3>
          <div className="table-scroll">
            <table>
              <caption>{t('operator-nodes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('operator-node')}</th>
                  <th scope="col">{t('operator-address')}</th>
                  <th scope="col">{t('operator-role')}</th>
                  <th scope="col">{t('operator-state')}</th>
                  <th scope="col">{t('operator-lag')}</th>
                  <th scope="col">{t('operator-pool')}</th>
                  <th scope="col">{t('operator-checked')}</th>
                  <th scope="col">{t('operator-error')}</th>
                </tr>
              </thead>
              <tbody>
                {region.nodes.map((node) => (
                  <tr key={node.name}>
                    <th scope="row">{node.name}</th>
                    <td>
                      {node.host}:{node.port}
                    </td>
                    <td>{node.configured_role}</td>
                    <td>
                      <NodeStateBadge state={node.state} />
                    </td>
                    <td>
                      {node.replication_lag_seconds == null
                        ? t('operator-none')
                        : t('operator-lag-value', { seconds: node.replication_lag_seconds })}
                    </td>
                    <td>
                      {format.number(node.pool_open)} / {format.number(node.pool_idle)} / {format.number(node.pool_max)}
                    </td>
                    <td>{node.checked_at ? format.dateTime(node.checked_at) : t('operator-none')}</td>
                    <td>{node.last_error ?? t('operator-none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h4>{t('operator-territories', { count: region.territories.length })}</h4>
          <ul className="inline-list">
            {region.territories.map((code) => (
              <li key={code}>
                <Link to={`/t/${code}`}>{code}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** Links to the member pages of the territories the account moderates or administers. */
function MyTerritories() {
  const t = useT();
  const { me } = useAuth();
  const codes = [
    ...new Set(
      (me?.grants ?? [])
        .filter((g) => (g.role === 'territory_admin' || g.role === 'moderator') && g.territory)
        .map((g) => g.territory as string),
    ),
  ];
  if (codes.length === 0) return null;
  return (
    <p data-testid="my-territories">
      {t('operator-my-territories')}{' '}
      {codes.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          <Link to={`/t/${code}/members`}>{t('members-title', { territory: code })}</Link>
        </span>
      ))}
    </p>
  );
}
