import { identity } from '../../api/identity';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { useLocalization } from '@fluent/react';
import { AccountPage } from './AccountNav';

/** My activity log, newest first: what happened, when, from where. */
export default function Activity() {
  const t = useT();
  const format = useFormat();
  const { l10n } = useLocalization();
  const activity = useApi((signal) => identity.activity({ signal }), 'activity');
  // Kinds without a translation are shown as the server names them.
  const kind = (k: string) => (l10n.getBundle(`activity-${k}`) ? t(`activity-${k}`) : k);
  return (
    <>
      <PageHeading title={t('activity-title')} />
      <AccountPage>
        {activity.error !== undefined && <ErrorMessage error={activity.error} onRetry={activity.reload} />}
        {activity.loading && !activity.data && <Loading />}
        {activity.data && (
          <div className="table-scroll">
            <table data-testid="activity">
              <caption>{t('activity-count', { count: activity.data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('activity-when')}</th>
                  <th scope="col">{t('activity-what')}</th>
                  <th scope="col">{t('sessions-ip')}</th>
                  <th scope="col">{t('sessions-device')}</th>
                </tr>
              </thead>
              <tbody>
                {activity.data.map((a) => (
                  <tr key={a.id}>
                    <td>{format.dateTime(a.at)}</td>
                    <th scope="row">{kind(a.kind)}</th>
                    <td>{a.ip ?? t('operator-none')}</td>
                    <td>{a.user_agent ?? t('operator-none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AccountPage>
    </>
  );
}
