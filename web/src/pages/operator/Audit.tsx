import { useState } from 'react';
import { admin, type Verification } from '../../api/admin';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { AdminPage } from './AdminPage';

const LIMITS = [50, 100, 500];

/** The tamper-evident audit log, newest first, and a check of its hash chain. */
export default function Audit() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('admin-audit-title')} />
      <AdminPage>
        <AuditLog />
      </AdminPage>
    </>
  );
}

function AuditLog() {
  const t = useT();
  const format = useFormat();
  const [limit, setLimit] = useState(LIMITS[0] ?? 50);
  const entries = useApi((signal) => admin.audit(limit, { signal }), `audit-${limit}`);
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<Verification>();
  const [verifyError, setVerifyError] = useState<unknown>();
  const verify = () => {
    setVerifying(true);
    setVerification(undefined);
    setVerifyError(undefined);
    admin
      .verifyAudit()
      .then(setVerification)
      .catch((e: unknown) => setVerifyError(e))
      .finally(() => setVerifying(false));
  };
  return (
    <>
      <p>{t('admin-audit-intro')}</p>
      <div className="toolbar">
        <button type="button" onClick={verify} disabled={verifying} aria-busy={verifying}>
          {verifying ? t('form-busy') : t('admin-audit-verify')}
        </button>
        <button type="button" className="secondary" onClick={entries.reload}>
          {t('operator-refresh')}
        </button>
        <label htmlFor="audit-limit">{t('admin-audit-limit')}</label>
        <select id="audit-limit" value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {LIMITS.map((n) => (
            <option key={n} value={n}>
              {format.number(n)}
            </option>
          ))}
        </select>
      </div>
      {verifyError !== undefined && <ErrorMessage error={verifyError} />}
      {verification && (
        <p className={`readiness ${verification.ok ? 'badge-ok' : 'badge-bad'}`} role="status" data-testid="audit-verification">
          {verification.ok
            ? t('admin-audit-chain-ok', { count: verification.rows })
            : t('admin-audit-chain-broken', {
                count: verification.rows,
                position: verification.first_bad_seq ?? '?',
                detail: verification.problem ?? '',
              })}
        </p>
      )}
      {entries.error !== undefined && <ErrorMessage error={entries.error} onRetry={entries.reload} />}
      {entries.loading && !entries.data && <Loading />}
      {entries.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin-audit-title')}>
          <table data-testid="audit-log">
            <caption>{t('admin-audit-count', { count: entries.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('admin-audit-at')}</th>
                <th scope="col">{t('admin-audit-action')}</th>
                <th scope="col">{t('admin-audit-target')}</th>
                <th scope="col">{t('admin-audit-actor')}</th>
                <th scope="col">{t('admin-audit-detail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.map((e) => (
                <tr key={e.seq}>
                  <th scope="row">{e.seq}</th>
                  <td>{format.dateTime(e.at)}</td>
                  <td>{e.action}</td>
                  <td>{e.target}</td>
                  <td>{e.actor ?? t('operator-none')}</td>
                  <td>
                    <code>{JSON.stringify(e.detail)}</code>
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
