import { useState } from 'react';
import { admin, territoryProblems } from '../../api/admin';
import { api } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { Link } from '../../router';
import { AdminPage } from './AdminPage';

/** Create a territory (its schema is provisioned on the region's primary) and list them all. */
export default function TerritoryAdmin() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('admin-territories-title')} />
      <AdminPage>
        <CreateTerritory />
      </AdminPage>
    </>
  );
}

function CreateTerritory() {
  const t = useT();
  const regions = useApi((signal) => api.get('/api/v1/regions', { signal }), 'regions');
  const territories = useApi((signal) => api.get('/api/v1/territories', { signal }), 'territories');
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [region, setRegion] = useState('');
  const [language, setLanguage] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<string>();
  const chosenRegion = region || regions.data?.[0]?.code || '';
  const submission = useSubmit(async () => {
    const body = { code: code.trim().toUpperCase(), name: name.trim(), region: chosenRegion, default_language: language.trim() };
    const found = territoryProblems(body);
    setProblems(found);
    setCreated(undefined);
    if (Object.keys(found).length > 0) return;
    const result = await admin.createTerritory(body);
    setCreated(`${result.name} (${result.code})`);
    setCode('');
    setName('');
    setLanguage('');
    territories.reload();
  });
  // A client-side problem, else the server's message for the field.
  const fieldError = (field: string) => (problems[field] ? t(problems[field]) : submission.fields[field]);
  return (
    <>
      <p>{t('admin-territories-intro')}</p>
      {created && (
        <p className="notice" role="status" data-testid="territory-created">
          {t('admin-territory-created', { territory: created })}
        </p>
      )}
      <Form submission={submission} submitLabel={t('admin-territory-create')} label={t('admin-territory-create')}>
        <Field
          label={t('admin-territory-code')}
          hint={t('admin-territory-code-hint')}
          name="code"
          maxLength={2}
          autoCapitalize="characters"
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={fieldError('code')}
        />
        <Field label={t('admin-territory-name')} name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
        <div className="field">
          <label htmlFor="territory-region">{t('admin-territory-region')}</label>
          <select id="territory-region" value={chosenRegion} onChange={(e) => setRegion(e.target.value)} required>
            {(regions.data ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
          </select>
          {fieldError('region') && <p className="field-error">{fieldError('region')}</p>}
        </div>
        <Field
          label={t('admin-territory-language')}
          hint={t('admin-territory-language-hint')}
          name="default_language"
          required
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={fieldError('default_language')}
        />
      </Form>
      <h2>{t('admin-territories-all')}</h2>
      {territories.error !== undefined && <ErrorMessage error={territories.error} onRetry={territories.reload} />}
      {territories.loading && !territories.data && <Loading />}
      {territories.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('admin-territories-all')}>
          <table data-testid="territory-table">
            <caption>{t('territories-count', { count: territories.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin-territory-code')}</th>
                <th scope="col">{t('admin-territory-name')}</th>
                <th scope="col">{t('admin-territory-region')}</th>
                <th scope="col">{t('admin-territory-language')}</th>
                <th scope="col">{t('admin-territory-status')}</th>
              </tr>
            </thead>
            <tbody>
              {territories.data.map((tt) => (
                <tr key={tt.code}>
                  <th scope="row">
                    <Link to={`/t/${tt.code}`}>{tt.code}</Link>
                  </th>
                  <td>{tt.name}</td>
                  <td>{tt.region_name || tt.region}</td>
                  <td>{tt.default_language}</td>
                  <td>{tt.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
