import { useState } from 'react';
import { learning, type QueueItem } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { Link, useParams } from '../../router';
import { paths, TeachersOnly, useTeacher } from './common';

/** Essays and file answers waiting for a person: grade by rubric points or a percentage. */
export default function GradingQueue() {
  const { code = '', course = '' } = useParams();
  const t = useT();
  const teacher = useTeacher(code);
  const queue = useApi((signal) => learning.gradingQueue(code, course, { signal }), `queue-${code}-${course}`);
  if (!teacher) return <TeachersOnly />;
  return (
    <>
      <p>
        <Link to={paths.course(code, course)}>← {t('learn-back-course')}</Link>
      </p>
      <PageHeading title={t('learn-grading-title')} />
      {queue.error !== undefined && <ErrorMessage error={queue.error} onRetry={queue.reload} />}
      {queue.loading && !queue.data && <Loading />}
      {queue.data && queue.data.length === 0 && <p role="status">{t('learn-grading-empty')}</p>}
      {queue.data?.map((item) => (
        <GradeItem key={`${item.attempt_id}-${item.slot}`} territory={code} item={item} onGraded={queue.reload} />
      ))}
    </>
  );
}

function GradeItem({ territory, item, onGraded }: { territory: string; item: QueueItem; onGraded: () => void }) {
  const t = useT();
  const [points, setPoints] = useState<string[]>(item.rubric.map(() => ''));
  const [percentValue, setPercent] = useState('');
  const [comment, setComment] = useState('');
  const grade = useSubmit(async () => {
    await learning.grade(territory, item.attempt_id, item.slot, {
      comment,
      ...(item.rubric.length > 0 ? { rubric_points: points.map((p) => Number(p) || 0) } : { fraction: Number(percentValue) / 100 }),
    });
    onGraded();
  });
  const r = item.response;
  const key = `${item.attempt_id}-${item.slot}`;
  return (
    <section className="learn-question" aria-labelledby={`g-${key}`}>
      <h2 id={`g-${key}`}>
        {item.question_name} — {t('learn-slot-n', { n: item.slot })}
      </h2>
      <p className="muted" data-testid="queue-learner">
        {t('learn-learner')}:{' '}
        {item.learner_name ? (
          <>
            {item.learner_name} <span>@{item.learner_handle}</span>
          </>
        ) : (
          <code>{item.user_id}</code>
        )}{' '}
        · {t('learn-quiz')}: {item.quiz_title} ·{' '}
        <Link to={paths.attempt(territory, item.attempt_id)}>{t('learn-attempt')}</Link>
      </p>
      {r?.type === 'text' && <blockquote style={{ whiteSpace: 'pre-wrap' }}>{r.text}</blockquote>}
      {r?.type === 'files' && (
        <ul>
          {r.files.map((f) => (
            <li key={f}>
              <a href={`/api/v1/t/${territory}/files/${f}`}>{f.slice(0, 12)}…</a>
            </li>
          ))}
        </ul>
      )}
      {!r && <p>{t('learn-answer-unanswered')}</p>}
      <Form submission={grade} submitLabel={t('learn-grade-save')} label={t('learn-grade-for', { name: item.question_name })}>
        {item.rubric.length > 0 ? (
          item.rubric.map((c, i) => (
            <Field
              key={i}
              label={t('learn-rubric-points', { criterion: c.description, max: c.points })}
              name={`rubric-${i}`}
              type="number"
              min={0}
              max={c.points}
              step="0.5"
              value={points[i] ?? ''}
              onChange={(e) => setPoints(points.map((p, j) => (j === i ? e.target.value : p)))}
            />
          ))
        ) : (
          <Field label={t('learn-grade-percent')} name="percent" type="number" min={0} max={100} required value={percentValue} onChange={(e) => setPercent(e.target.value)} />
        )}
        <div className="field">
          <label htmlFor={`c-${key}`}>{t('learn-grade-comment')}</label>
          <textarea id={`c-${key}`} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
      </Form>
    </section>
  );
}
