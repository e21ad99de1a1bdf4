import { useState, type FormEvent } from 'react';
import { actionsFor, admin, DESTRUCTIVE_ACTIONS, FINAL_STATES, type MoveAction, type MoveStatus } from '../../api/admin';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { AdminPage } from './AdminPage';
import { ConfirmButton } from './ConfirmButton';

const LIST_REFRESH_MS = 5000;
/** A running move is polled this often; a finished one is not. */
const MOVE_REFRESH_MS = 2000;

/** Territory moves: start one, follow its progress, and drive it (pause, advance, cancel, …). */
export default function Moves() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('admin-moves-title')} />
      <AdminPage>
        <MoveAdmin />
      </AdminPage>
    </>
  );
}

function MoveAdmin() {
  const t = useT();
  const format = useFormat();
  const moves = useApi((signal) => admin.moves({ signal }), 'moves', LIST_REFRESH_MS);
  const [selected, setSelected] = useState<string>();
  return (
    <>
      <p>{t('admin-moves-intro')}</p>
      <StartMove onStarted={(code) => {
        setSelected(code);
        moves.reload();
      }} />
      {selected && <MoveDetail key={selected} territory={selected} onChange={moves.reload} />}
      <h2>{t('admin-moves-all')}</h2>
      {moves.error !== undefined && <ErrorMessage error={moves.error} onRetry={moves.reload} />}
      {moves.loading && !moves.data && <Loading />}
      {moves.data && moves.data.length === 0 && <p>{t('operator-moves-none')}</p>}
      {moves.data && moves.data.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin-moves-all')}>
          <table data-testid="move-list">
            <caption>{t('operator-moves')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('operator-move-territory')}</th>
                <th scope="col">{t('operator-move-route')}</th>
                <th scope="col">{t('operator-state')}</th>
                <th scope="col">{t('operator-move-copy')}</th>
                <th scope="col">{t('operator-checked')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('admin-actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {moves.data.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.territory}</th>
                  <td>
                    {m.source_region}/{m.source_node} → {m.target_region}/{m.target_node}
                  </td>
                  <td>
                    {t(`move-state-${m.state}`)}
                    {m.paused ? ` (${t('operator-move-paused')})` : ''}
                  </td>
                  <td>{format.number(Math.round(m.copy_percent * 10) / 10)} %</td>
                  <td>{format.dateTime(m.updated_at)}</td>
                  <td>
                    <button type="button" className="secondary" onClick={() => setSelected(m.territory)}>
                      {t('admin-move-open', { territory: m.territory })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function StartMove({ onStarted }: { onStarted: (territory: string) => void }) {
  const t = useT();
  const territories = useApi((signal) => api.get('/api/v1/territories', { signal }), 'territories');
  const regions = useApi((signal) => api.get('/api/v1/regions', { signal }), 'regions');
  const [territory, setTerritory] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [problem, setProblem] = useState<string>();
  const chosen = territory || territories.data?.[0]?.code || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    if (!to.trim()) {
      setProblem(t('admin-move-target-required'));
      return;
    }
    setProblem(undefined);
    setBusy(true);
    admin
      .startMove(chosen, to.trim())
      .then((m) => onStarted(m.territory))
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  };
  const targets = (regions.data ?? []).flatMap((r) => [r.code, ...r.nodes.map((n) => n.name)]);
  return (
    <form onSubmit={submit} className="form card" aria-labelledby="start-move-heading" noValidate>
      <h2 id="start-move-heading">{t('admin-move-start-title')}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="field">
        <label htmlFor="move-territory">{t('operator-move-territory')}</label>
        <select id="move-territory" value={chosen} onChange={(e) => setTerritory(e.target.value)}>
          {(territories.data ?? []).map((tt) => (
            <option key={tt.code} value={tt.code}>
              {tt.name} ({tt.code}) · {tt.region}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="move-to">{t('admin-move-target')}</label>
        <p id="move-to-hint" className="hint">
          {t('admin-move-target-hint')}
        </p>
        <input
          id="move-to"
          list="move-targets"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          aria-describedby={problem ? 'move-to-hint move-to-error' : 'move-to-hint'}
          aria-invalid={problem ? true : undefined}
        />
        <datalist id="move-targets">
          {targets.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {problem && (
          <p id="move-to-error" className="field-error">
            {problem}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy} aria-busy={busy}>
        {busy ? t('form-busy') : t('admin-move-start')}
      </button>
    </form>
  );
}

function MoveDetail({ territory, onChange }: { territory: string; onChange: () => void }) {
  const t = useT();
  const format = useFormat();
  const [finished, setFinished] = useState(false);
  const move = useApi((signal) => admin.move(territory, { signal }), `move-${territory}`, finished ? undefined : MOVE_REFRESH_MS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const m: MoveStatus | undefined = move.data;
  if (m && FINAL_STATES.has(m.state) !== finished) setFinished(FINAL_STATES.has(m.state));
  const act = (action: MoveAction) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    admin
      .moveAction(territory, action)
      .then((status) => setDone(t('admin-move-action-done', { action: t(`move-action-${action}`), detail: t(`move-state-${status.state}`) })))
      .catch((e: unknown) => setError(e))
      .finally(() => {
        setBusy(false);
        move.reload();
        onChange();
      });
  };
  return (
    <section className="card" aria-labelledby="move-detail-heading" data-testid="move-detail">
      <h2 id="move-detail-heading">{t('admin-move-detail', { territory })}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {move.error !== undefined && <ErrorMessage error={move.error} onRetry={move.reload} />}
      {move.loading && !m && <Loading />}
      {m && (
        <>
          <dl className="facts">
            <div>
              <dt>{t('operator-state')}</dt>
              <dd data-testid="move-state">
                {t(`move-state-${m.state}`)}
                {m.paused ? ` (${t('operator-move-paused')})` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('operator-move-route')}</dt>
              <dd>
                {m.source_region}/{m.source_node} → {m.target_region}/{m.target_node}
              </dd>
            </div>
            <div>
              <dt>{t('operator-move-copy')}</dt>
              <dd>
                <progress max={100} value={m.copy_percent} aria-label={t('operator-move-copy')} />{' '}
                {format.number(Math.round(m.copy_percent * 10) / 10)} %
                {m.copy_eta_secs != null && m.copy_percent < 100 && ` · ${t('admin-move-eta', { seconds: Math.round(m.copy_eta_secs) })}`}
              </dd>
            </div>
            <div>
              <dt>{t('operator-lag')}</dt>
              <dd>{m.lag_seconds == null ? t('operator-none') : t('operator-lag-value', { seconds: m.lag_seconds })}</dd>
            </div>
            <div>
              <dt>{t('operator-move-reads')}</dt>
              <dd>{format.number(m.read_percent)} %</dd>
            </div>
            <div>
              <dt>{t('operator-error')}</dt>
              <dd>{m.error ?? t('operator-none')}</dd>
            </div>
          </dl>
          <div className="toolbar" data-testid="move-actions">
            {actionsFor(m).map((action) =>
              DESTRUCTIVE_ACTIONS.has(action) ? (
                <ConfirmButton
                  key={action}
                  label={t(`move-action-${action}`)}
                  question={t(`move-action-${action}-question`, { territory })}
                  disabled={busy}
                  onConfirm={() => act(action)}
                />
              ) : (
                <button key={action} type="button" className="secondary" disabled={busy} onClick={() => act(action)}>
                  {t(`move-action-${action}`)}
                </button>
              ),
            )}
          </div>
          {m.tables.length > 0 && (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin-move-tables')}>
              <table>
                <caption>{t('admin-move-tables')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin-move-table')}</th>
                    <th scope="col">{t('operator-move-copy')}</th>
                    <th scope="col">{t('admin-move-rows')}</th>
                    <th scope="col">{t('admin-move-validated')}</th>
                  </tr>
                </thead>
                <tbody>
                  {m.tables.map((tp) => (
                    <tr key={tp.table}>
                      <th scope="row">{tp.table}</th>
                      <td>{format.number(Math.round(tp.copy_percent * 10) / 10)} %</td>
                      <td>
                        {format.number(tp.copied_rows)} / {format.number(tp.source_rows)}
                      </td>
                      <td>{t(tp.validated ? 'admin-yes' : 'admin-no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('admin-move-steps')}</h3>
          <ol className="move-steps" data-testid="move-steps">
            {m.steps.slice(-12).map((s, i) => (
              <li key={`${s.at}-${i}`}>
                {format.dateTime(s.at)} · {s.state} · {s.event}
                {s.detail ? ` · ${s.detail}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
