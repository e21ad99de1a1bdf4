import { useState } from 'react';
import { admin, DELEGABLE_ROLES, type Grant, type Member, type Role } from '../../api/admin';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { Link, useParams } from '../../router';
import { ConfirmButton } from './ConfirmButton';

/**
 * A territory's accounts for its moderators and admins; territory admins grant and withdraw
 * the delegable roles (moderator, instructor, translator, member) here.
 */
export default function Members() {
  const t = useT();
  const { code = '' } = useParams();
  const territory = code.toUpperCase();
  const { me } = useAuth();
  const members = useApi((signal) => admin.members(territory, { signal }), `members-${territory}`);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const run = (member: Member, role: Role, grant: boolean) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    (grant ? admin.grantMemberRole(territory, member.user_id, role) : admin.revokeMemberRole(territory, member.user_id, role))
      .then((r) =>
        setDone(
          t(grant ? 'members-granted' : 'members-revoked', {
            item: t(`role-${role}`),
            handle: member.handle,
            detail: grantsHere(t, r.grants, territory),
          }),
        ),
      )
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <PageHeading title={t('members-title', { territory })} />
      <p>
        <Link to={`/t/${territory}`}>{t('members-back', { territory })}</Link>
      </p>
      {me === null && (
        <p className="error" role="alert">
          {t('error-unauthenticated')} <Link to="/sign-in">{t('nav-sign-in')}</Link>
        </p>
      )}
      <p>{t('members-intro')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {done && (
        <p className="notice" role="status" data-testid="members-done">
          {done}
        </p>
      )}
      {me !== null && members.error !== undefined && <ErrorMessage error={members.error} onRetry={members.reload} />}
      {members.loading && !members.data && <Loading />}
      {members.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('members-title', { territory })}>
          <table data-testid="members">
            <caption>{t('members-count', { count: members.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members-account')}</th>
                <th scope="col">{t('admin-territory-status')}</th>
                <th scope="col">{t('admin-user-created')}</th>
                <th scope="col">{t('admin-user-roles')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((m) => (
                <MemberRow key={m.user_id} member={m} busy={busy} onRun={run} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function grantsHere(t: ReturnType<typeof useT>, grants: Grant[], territory: string): string {
  const here = grants.filter((g) => g.territory === territory || g.territory == null).map((g) => t(`role-${g.role}`));
  return here.length > 0 ? here.join(', ') : t('operator-none');
}

function MemberRow({ member, busy, onRun }: { member: Member; busy: boolean; onRun: (m: Member, role: Role, grant: boolean) => void }) {
  const t = useT();
  const format = useFormat();
  const [role, setRole] = useState<Role>('moderator');
  const id = `member-${member.user_id}`;
  return (
    <tr>
      <th scope="row">
        {member.display_name} <span className="muted">{member.handle}</span>
      </th>
      <td>{t(member.locked ? 'admin-user-locked' : 'admin-user-active')}</td>
      <td>{format.dateTime(member.created_at)}</td>
      <td>
        <div className="toolbar">
          <label htmlFor={id} className="visually-hidden">
            {t('members-role-for', { handle: member.handle })}
          </label>
          <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {DELEGABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role-${r}`)}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy} onClick={() => onRun(member, role, true)}>
            {t('admin-role-grant')}
          </button>
          <ConfirmButton
            className="secondary"
            label={t('admin-role-revoke')}
            question={t('admin-role-revoke-question', { item: t(`role-${role}`), handle: member.handle })}
            disabled={busy}
            onConfirm={() => onRun(member, role, false)}
          />
        </div>
      </td>
    </tr>
  );
}
