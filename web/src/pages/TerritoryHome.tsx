import { Link, useParams } from '../router';
import { api } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useApi } from '../components/useApi';
import { useFormat, useT } from '../i18n/I18n';
import { HealthBadge } from './badges';

/** Stands in for a value that is still loading (the label is read; the dots are not). */
const PENDING = <span aria-hidden="true">…</span>;

/** A territory's home: who it is, where it lives, and a live read from its own schema. */
export default function TerritoryHome() {
  const { code = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const territory = useApi((signal) => api.get('/api/v1/territories/{code}', { params: { code }, signal }), `territory-${code}`);
  const status = useApi((signal) => api.get('/api/v1/t/{territory}/status', { params: { territory: code }, signal }), `status-${code}`);
  const data = territory.data;
  return (
    <>
      <p>
        <Link to="/">← {t('territory-back')}</Link>
      </p>
      <PageHeading title={data?.name ?? code.toUpperCase()} />
      {territory.error !== undefined && <ErrorMessage error={territory.error} onRetry={territory.reload} />}
      {/* The facts keep their labels while loading, so the page does not shift when the values
          arrive (one column on a phone, several on a wide screen: no fixed placeholder height
          fits both). */}
      {territory.loading && !data && (
        <div className="visually-hidden">
          <Loading />
        </div>
      )}
      {territory.error === undefined && (
        <dl className="facts" aria-busy={data === undefined}>
          <div>
            <dt>{t('territory-region')}</dt>
            <dd>{data ? `${data.region_name} (${data.region})` : PENDING}</dd>
          </div>
          <div>
            <dt>{t('territory-language')}</dt>
            <dd>{data ? format.language(data.default_language) : PENDING}</dd>
          </div>
          <div>
            <dt>{t('territory-health')}</dt>
            <dd>{data ? <HealthBadge health={data.health} /> : PENDING}</dd>
          </div>
          <div>
            <dt>{t('territory-status')}</dt>
            <dd>{data ? t(`status-${data.status}`) : PENDING}</dd>
          </div>
          <div>
            <dt>{t('territory-created')}</dt>
            <dd>{data ? format.date(data.created_at) : PENDING}</dd>
          </div>
        </dl>
      )}
      <p>
        <Link to={`/t/${code}/forum`}>{t('forum-open')}</Link>
      </p>
      <p>
        <Link to={`/t/${code}/learn`}>{t('learn-open')}</Link>
      </p>
      <section aria-labelledby="live-status" className="card">
        <h2 id="live-status">{t('territory-live-title')}</h2>
        {status.error !== undefined && <ErrorMessage error={status.error} onRetry={status.reload} />}
        {status.loading && !status.data && <Loading />}
        {status.data && (
          <dl className="facts" data-testid="territory-status">
            <div>
              <dt>{t('territory-served-by')}</dt>
              <dd>{status.data.served_by}</dd>
            </div>
            <div>
              <dt>{t('territory-migrations')}</dt>
              <dd>{format.number(status.data.migrations)}</dd>
            </div>
            <div>
              <dt>{t('territory-provisioned')}</dt>
              <dd>{format.dateTime(status.data.provisioned_at)}</dd>
            </div>
          </dl>
        )}
        {status.updatedAt !== undefined && <p className="muted">{t('territory-checked', { when: format.dateTime(status.updatedAt) })}</p>}
      </section>
    </>
  );
}
