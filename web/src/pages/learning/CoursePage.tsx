import { useState } from 'react';
import { learning } from '../../api/learning';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { Link, useParams } from '../../router';
import { CourseStatus, paths, SignInFirst, useTeacher } from './common';

/** A course: summary, enrolment, progress, completion and badge, modules and lessons, quizzes. */
export default function CoursePage() {
  const { code = '', course = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const { me } = useAuth();
  const teacher = useTeacher(code);
  const page = useApi((signal) => learning.coursePage(code, course, { signal }), `course-${code}-${course}-${me?.user_id ?? ''}`);
  const active = page.data?.enrollment_status === 'active';
  const progress = useApi(
    (signal) => (active ? learning.progress(code, course, { signal }) : Promise.resolve(undefined)),
    `progress-${course}-${active}`,
  );
  const needs = page.data?.course.prerequisites ?? [];
  // Titles of required courses come from the catalog (the course only lists their ids).
  const catalog = useApi(
    (signal) => (needs.length > 0 ? learning.courses(code, { signal }) : Promise.resolve([])),
    `prereq-${code}-${needs.join(',')}`,
  );
  const [enrolError, setEnrolError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  if (me === null) return <SignInFirst />;
  const data = page.data;
  const enrol = () => {
    setBusy(true);
    setEnrolError(undefined);
    learning
      .enroll(code, course)
      .then(() => page.reload())
      .catch((e: unknown) => setEnrolError(e))
      .finally(() => setBusy(false));
  };
  const p = progress.data;
  return (
    <>
      <p>
        <Link to={paths.catalog(code)}>← {t('learn-back-catalog')}</Link>
      </p>
      <PageHeading title={data?.course.title ?? t('learn-course')} />
      {page.error !== undefined && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {page.loading && !data && <Loading />}
      {data && (
        <>
          <p className="muted">
            <CourseStatus status={data.course.status} /> {t(`learn-enrollment-${data.course.enrollment}`)} · {format.language(data.course.language)}
          </p>
          {data.course.cover_url && <img src={data.course.cover_url} alt="" width={640} height={240} style={{ maxWidth: '100%', height: 'auto' }} />}
          <div className="learn-html" dangerouslySetInnerHTML={{ __html: data.course.summary_html }} />
          {needs.length > 0 && (
            <p data-testid="prerequisites">
              {t('learn-requires')}{' '}
              {needs.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <Link to={paths.course(code, id)}>{catalog.data?.find((c) => c.id === id)?.title ?? t('learn-course')}</Link>
                </span>
              ))}
            </p>
          )}
          {teacher && (
            <p className="learn-actions">
              <Link to={paths.edit(code, course)}>{t('learn-edit-course')}</Link>
              <Link to={paths.grading(code, course)}>{t('learn-grading-title')}</Link>
            </p>
          )}
          <section className="card" aria-labelledby="enrolment">
            <h2 id="enrolment">{t('learn-your-progress')}</h2>
            {!data.enrollment_status && (
              <>
                <p>{t(data.course.enrollment === 'approval' ? 'learn-enrol-approval-hint' : 'learn-enrol-hint')}</p>
                <button type="button" onClick={enrol} disabled={busy} aria-busy={busy}>
                  {t(data.course.enrollment === 'approval' ? 'learn-request-enrol' : 'learn-enrol')}
                </button>
              </>
            )}
            {enrolError !== undefined && <ErrorMessage error={enrolError} />}
            {data.enrollment_status === 'pending' && (
              <p role="status" data-testid="enrolment">
                {t('learn-enrol-pending')}
              </p>
            )}
            {active && (
              <div data-testid="progress">
                <p role="status">{t('learn-enrolled')}</p>
                {p && (
                  <>
                    <p>
                      <label htmlFor="lesson-progress">{t('learn-lessons-done', { done: p.lessons_viewed, total: p.lessons_total })}</label>{' '}
                      <progress id="lesson-progress" max={Math.max(1, p.lessons_total)} value={p.lessons_viewed} />
                    </p>
                    <p>{t('learn-quizzes-passed', { done: p.quizzes_passed, total: p.quizzes_required })}</p>
                    {p.completed_at && <p className="notice">{t('learn-completed', { when: format.date(p.completed_at) })}</p>}
                    {p.certificate && (
                      <dl className="facts" aria-label={t('learn-certificate')}>
                        <div>
                          <dt>{t('learn-certificate-learner')}</dt>
                          <dd>{p.certificate.learner}</dd>
                        </div>
                        <div>
                          <dt>{t('learn-certificate-code')}</dt>
                          <dd>
                            <code>{p.certificate.code}</code>
                          </dd>
                        </div>
                      </dl>
                    )}
                    {p.badge && (
                      <p data-testid="badge">
                        <span className={p.badge.valid ? 'badge badge-ok' : 'badge badge-bad'}>{p.badge.name}</span>{' '}
                        {p.badge.valid
                          ? p.badge.expires_at
                            ? t('learn-badge-valid-until', { when: format.date(p.badge.expires_at) })
                            : t('learn-badge-valid')
                          : t('learn-badge-lapsed')}
                      </p>
                    )}
                  </>
                )}
              </div>
            )}
          </section>
          <section aria-labelledby="outline">
            <h2 id="outline">{t('learn-outline')}</h2>
            {data.modules.length === 0 && <p>{t('learn-no-modules')}</p>}
            {data.modules.map((m) => (
              <section key={m.id} aria-labelledby={`module-${m.id}`}>
                <h3 id={`module-${m.id}`}>{m.title}</h3>
                <ol className="learn-outline">
                  {m.lessons.map((l) => (
                    <li key={l.id}>
                      {active || teacher ? <Link to={paths.lesson(code, l.id)}>{l.title}</Link> : l.title}{' '}
                      <span className="muted">({t(`learn-kind-${l.kind}`)})</span>
                      {l.viewed && <span className="badge badge-ok"> {t('learn-viewed')}</span>}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </section>
          <section aria-labelledby="quizzes">
            <h2 id="quizzes">{t('learn-quizzes')}</h2>
            {data.quizzes.length === 0 ? (
              <p>{t('learn-no-quizzes')}</p>
            ) : (
              <ul>
                {data.quizzes.map((q) => (
                  <li key={q.id}>{active || teacher ? <Link to={paths.quiz(code, q.id)}>{q.title}</Link> : q.title}</li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
