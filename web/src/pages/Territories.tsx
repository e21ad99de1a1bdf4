import { Link } from '../router';
import { api, type Territory } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useApi } from '../components/useApi';
import { useLocale, useT } from '../i18n/I18n';
import { HealthBadge } from './badges';

/** Pick a territory: every territory, grouped by region, with its health. */
export default function Territories() {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, reload } = useApi((signal) => api.get('/api/v1/territories', { signal }), 'territories');
  const byRegion = new Map<string, Territory[]>();
  for (const territory of data ?? []) {
    const key = territory.region_name || territory.region;
    byRegion.set(key, [...(byRegion.get(key) ?? []), territory]);
  }
  const collator = new Intl.Collator(locale);
  return (
    <>
      <PageHeading title={t('territories-title')} />
      <p>{t('territories-intro')}</p>
      {error !== undefined && <ErrorMessage error={error} onRetry={reload} />}
      {loading && !data && <Loading />}
      {data && <p className="muted">{t('territories-count', { count: data.length })}</p>}
      {[...byRegion.entries()].map(([region, territories]) => (
        <section key={region} aria-labelledby={`region-${region}`} className="region-group">
          <h2 id={`region-${region}`}>{region}</h2>
          <ul className="territory-list">
            {territories
              .sort((a, b) => collator.compare(a.name, b.name))
              .map((territory) => (
                <li key={territory.code}>
                  <Link to={`/t/${territory.code}`} className="territory-card">
                    <span className="territory-name">{territory.name}</span>
                    <span className="territory-code" aria-hidden="true">
                      {territory.code}
                    </span>
                    <HealthBadge health={territory.health} />
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
