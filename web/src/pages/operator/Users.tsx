import { useState, type FormEvent } from 'react';
import { admin, ROLES, type AdminUser, type Grant, type Role } from '../../api/admin';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { AdminPage } from './AdminPage';
import { ConfirmButton } from './ConfirmButton';

/** User administration: find accounts of a territory, lock/unlock, end sessions, roles. */
export default function Users() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('admin-users-title')} />
      <AdminPage>
        <UserAdmin />
      </AdminPage>
    </>
  );
}

/** Run an admin action, then report its outcome (or error) and refresh the list. */
function useAction(after: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const run = (action: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    action()
      .then((message) => setDone(message))
      .catch((e: unknown) => setError(e))
      .finally(() => {
        setBusy(false);
        after();
      });
  };
  return { busy, error, done, run };
}

function UserAdmin() {
  const t = useT();
  const territories = useApi((signal) => api.get('/api/v1/territories', { signal }), 'territories');
  const [territory, setTerritory] = useState('');
  const [text, setText] = useState('');
  const [search, setSearch] = useState<{ territory: string; q: string }>();
  const chosen = territory || territories.data?.[0]?.code || '';
  const results = useApi(
    (signal) => (search ? admin.findUsers(search.territory, search.q, { signal }) : Promise.resolve(undefined)),
    JSON.stringify(search ?? null),
  );
  const action = useAction(results.reload);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch({ territory: chosen, q: text.trim() });
    results.reload();
  };
  return (
    <>
      <p>{t('admin-users-intro')}</p>
      <form onSubmit={submit} aria-label={t('admin-users-search')} className="form toolbar" role="search">
        <div className="field">
          <label htmlFor="users-territory">{t('admin-users-territory')}</label>
          <select id="users-territory" value={chosen} onChange={(e) => setTerritory(e.target.value)}>
            {(territories.data ?? []).map((tt) => (
              <option key={tt.code} value={tt.code}>
                {tt.name} ({tt.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-q">{t('admin-users-query')}</label>
          <input id="users-q" type="search" maxLength={100} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit">{t('admin-users-search')}</button>
      </form>
      {action.error !== undefined && <ErrorMessage error={action.error} />}
      {action.done && (
        <p className="notice" role="status" data-testid="user-action-done">
          {action.done}
        </p>
      )}
      {results.error !== undefined && <ErrorMessage error={results.error} onRetry={results.reload} />}
      {search && results.loading && !results.data && <Loading />}
      {results.data && (
        <p className="muted" role="status">
          {t('admin-users-found', { count: results.data.length })}
        </p>
      )}
      {results.data?.map((user) => (
        <UserCard key={user.user_id} user={user} territory={search?.territory ?? chosen} action={action} />
      ))}
    </>
  );
}

function grantLabel(t: ReturnType<typeof useT>, g: Grant): string {
  return g.territory ? t('admin-role-in', { item: t(`role-${g.role}`), territory: g.territory }) : t(`role-${g.role}`);
}

function UserCard({ user, territory, action }: { user: AdminUser; territory: string; action: ReturnType<typeof useAction> }) {
  const t = useT();
  const format = useFormat();
  const [role, setRole] = useState<Role>('moderator');
  const [where, setWhere] = useState(territory);
  const id = user.user_id;
  const headingId = `user-${id}`;
  const grant = (event: FormEvent) => {
    event.preventDefault();
    const body = role === 'platform_admin' ? { role } : { role, territory: where.trim().toUpperCase() };
    action.run(async () => {
      await admin.grantRole(id, body);
      return t('admin-role-granted', { item: t(`role-${role}`), handle: user.handle });
    });
  };
  return (
    <section className="card" aria-labelledby={headingId} data-testid="user-card">
      <h2 id={headingId}>
        {user.display_name} <span className="muted">{user.handle}</span>{' '}
        <span className={`badge ${user.locked ? 'badge-bad' : 'badge-ok'}`} data-testid="user-status">
          {t(user.locked ? 'admin-user-locked' : 'admin-user-active')}
        </span>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('field-email')}</dt>
          <dd>
            {user.email} {!user.email_verified && <span className="badge badge-neutral">{t('admin-user-unverified')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('admin-user-created')}</dt>
          <dd>{format.dateTime(user.created_at)}</dd>
        </div>
        {user.locked_at && (
          <div>
            <dt>{t('admin-user-locked-at')}</dt>
            <dd>{format.dateTime(user.locked_at)}</dd>
          </div>
        )}
        <div>
          <dt>{t('admin-user-id')}</dt>
          <dd>
            <code>{id}</code>
          </dd>
        </div>
      </dl>
      <h3>{t('admin-user-roles')}</h3>
      {user.roles.length === 0 ? (
        <p className="muted">{t('admin-user-no-roles')}</p>
      ) : (
        <ul data-testid="user-roles">
          {user.roles.map((g) => (
            <li key={`${g.territory ?? '*'}:${g.role}`}>
              {grantLabel(t, g)}{' '}
              <ConfirmButton
                className="secondary"
                label={t('admin-role-revoke')}
                question={t('admin-role-revoke-question', { item: grantLabel(t, g), handle: user.handle })}
                disabled={action.busy}
                onConfirm={() =>
                  action.run(async () => {
                    await admin.revokeRole(id, { role: g.role, territory: g.territory ?? null });
                    return t('admin-role-revoked', { item: grantLabel(t, g), handle: user.handle });
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={grant} className="toolbar" aria-label={t('admin-role-grant-for', { handle: user.handle })}>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('admin-role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role-${r}`)}
              </option>
            ))}
          </select>
        </div>
        {role !== 'platform_admin' && (
          <div className="field">
            <label htmlFor={`${id}-where`}>{t('admin-role-territory')}</label>
            <input id={`${id}-where`} value={where} maxLength={2} size={3} onChange={(e) => setWhere(e.target.value)} />
          </div>
        )}
        <button type="submit" disabled={action.busy}>
          {t('admin-role-grant')}
        </button>
      </form>
      <div className="toolbar">
        {user.locked ? (
          <button
            type="button"
            disabled={action.busy}
            onClick={() =>
              action.run(async () => {
                await admin.unlockUser(id);
                return t('admin-user-unlocked', { handle: user.handle });
              })
            }
          >
            {t('admin-user-unlock')}
          </button>
        ) : (
          <ConfirmButton
            label={t('admin-user-lock')}
            question={t('admin-user-lock-question', { handle: user.handle })}
            disabled={action.busy}
            onConfirm={() =>
              action.run(async () => {
                const r = await admin.lockUser(id);
                return t('admin-user-locked-done', { handle: user.handle, count: r.revoked });
              })
            }
          />
        )}
        <ConfirmButton
          className="secondary"
          label={t('admin-user-revoke-sessions')}
          question={t('admin-user-revoke-sessions-question', { handle: user.handle })}
          disabled={action.busy}
          onConfirm={() =>
            action.run(async () => {
              const r = await admin.revokeSessions(id);
              return t('admin-user-sessions-revoked', { handle: user.handle, count: r.revoked });
            })
          }
        />
      </div>
    </section>
  );
}
