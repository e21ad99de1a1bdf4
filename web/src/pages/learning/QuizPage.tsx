import { useState } from 'react';
import { learning } from '../../api/learning';
import { newKey } from '../../outbox/outbox';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useLocale, useT } from '../../i18n/I18n';
import { Link, useLocation, useParams } from '../../router';
import { paths, percent } from './common';

/** A quiz's rules, the learner's grade so far, and "start" / "continue" an attempt. */
export default function QuizPage() {
  const { code = '', quiz = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const { navigate } = useLocation();
  const info = useApi((signal) => learning.quiz(code, quiz, { signal }), `quiz-${code}-${quiz}`);
  const grade = useApi((signal) => learning.quizGrade(code, quiz, { signal }), `quiz-grade-${code}-${quiz}`);
  const attempts = useApi((signal) => learning.myAttempts(code, quiz, { signal }), `quiz-attempts-${code}-${quiz}`);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const q = info.data;
  const s = q?.settings;
  const start = () => {
    setBusy(true);
    setError(undefined);
    learning
      .startAttempt(code, quiz, newKey())
      .then(({ data }) => navigate(paths.attempt(code, data.id)))
      .catch((e: unknown) => setError(e))
      .finally(() => setBusy(false));
  };
  return (
    <>
      {q && (
        <p>
          <Link to={paths.course(code, q.course_id)}>← {t('learn-back-course')}</Link>
        </p>
      )}
      <PageHeading title={q?.title ?? t('learn-quiz')} />
      {info.error !== undefined && <ErrorMessage error={info.error} onRetry={info.reload} />}
      {info.loading && !q && <Loading />}
      {q && s && (
        <>
          <dl className="facts" data-testid="quiz-rules">
            <div>
              <dt>{t('learn-quiz-time-limit')}</dt>
              <dd>{s.time_limit_secs ? t('learn-minutes', { n: format.number(Math.round((s.time_limit_secs / 60) * 10) / 10) }) : t('learn-quiz-untimed')}</dd>
            </div>
            <div>
              <dt>{t('learn-quiz-attempts')}</dt>
              <dd>{s.max_attempts ? format.number(s.max_attempts) : t('learn-quiz-unlimited')}</dd>
            </div>
            <div>
              <dt>{t('learn-quiz-grading')}</dt>
              <dd>{t(`learn-grading-${s.grading_method ?? 'highest'}`)}</dd>
            </div>
            <div>
              <dt>{t('learn-quiz-pass')}</dt>
              <dd>{percent(s.pass_grade ?? 0, locale)}</dd>
            </div>
            <div>
              <dt>{t('learn-quiz-feedback')}</dt>
              <dd>{t(`learn-feedback-${s.feedback_mode ?? 'deferred'}`)}</dd>
            </div>
            {s.close_at && (
              <div>
                <dt>{t('learn-quiz-closes')}</dt>
                <dd>{format.dateTime(s.close_at)}</dd>
              </div>
            )}
          </dl>
          {s.adaptive && <p>{t('learn-quiz-adaptive')}</p>}
          {grade.data && (
            <section className="card" aria-labelledby="your-grade">
              <h2 id="your-grade">{t('learn-your-grade')}</h2>
              <p data-testid="quiz-grade">
                {grade.data.grade === null || grade.data.grade === undefined
                  ? t('learn-no-grade')
                  : t('learn-grade-is', { grade: percent(grade.data.grade, locale) })}{' '}
                {grade.data.grade !== null && grade.data.grade !== undefined && (
                  <span className={grade.data.passed ? 'badge badge-ok' : 'badge badge-bad'}>{t(grade.data.passed ? 'learn-passed' : 'learn-not-passed')}</span>
                )}
              </p>
              {grade.data.attempts.length > 0 && (
                <p>
                  {t('learn-attempt-grades')}: {grade.data.attempts.map((a) => percent(a, locale)).join(', ')}
                </p>
              )}
            </section>
          )}
          {attempts.error !== undefined && <ErrorMessage error={attempts.error} onRetry={attempts.reload} />}
          {attempts.data && attempts.data.length > 0 && (
            <section className="card" aria-labelledby="past-attempts">
              <h2 id="past-attempts">{t('learn-past-attempts')}</h2>
              <table data-testid="past-attempts">
                <thead>
                  <tr>
                    <th scope="col">{t('learn-attempt')}</th>
                    <th scope="col">{t('learn-attempt-state')}</th>
                    <th scope="col">{t('learn-attempt-started')}</th>
                    <th scope="col">{t('learn-attempt-submitted')}</th>
                    <th scope="col">{t('learn-attempt-grade')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('learn-attempt-open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {attempts.data.map((a) => (
                    <tr key={a.id}>
                      <td>{format.number(a.number)}</td>
                      <td>{t(`learn-attempt-state-${a.state}`)}</td>
                      <td>{format.dateTime(a.started_at)}</td>
                      <td>{a.finished_at ? format.dateTime(a.finished_at) : '–'}</td>
                      <td>{a.needs_grading ? t('learn-attempt-needs-grading') : percent(a.grade, locale)}</td>
                      <td>
                        <Link to={paths.attempt(code, a.id)}>
                          {t(a.state === 'in_progress' ? 'learn-attempt-continue' : 'learn-attempt-review', { n: a.number })}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {error !== undefined && <ErrorMessage error={error} />}
          <button type="button" onClick={start} disabled={busy} aria-busy={busy}>
            {t('learn-start-attempt')}
          </button>
        </>
      )}
    </>
  );
}
