import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { learning, type InteractionResult, type InteractionView } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFormat, useT } from '../../i18n/I18n';
import { useOutbox } from '../../outbox/OutboxContext';
import { Link, useParams } from '../../router';
import { draftFrom, toResponse, type Draft } from './answers';
import { paths } from './common';
import { QuestionInput } from './QuestionInput';

/** Whether an interaction still holds playback: unanswered, or required right and not right. */
export function blocks(i: InteractionView): boolean {
  if (i.answered_fraction === null || i.answered_fraction === undefined) return true;
  return i.require_correct && i.answered_fraction < 0.999999;
}

/** A lesson: sanitised Markdown, attachments, or an interactive video; "mark complete". */
export default function LessonPage() {
  const { code = '', lesson = '' } = useParams();
  const t = useT();
  const format = useFormat();
  const { outbox } = useOutbox();
  const view = useApi((signal) => learning.lesson(code, lesson, { signal }), `lesson-${code}-${lesson}`);
  const [done, setDone] = useState<'sent' | 'queued' | undefined>();
  const [error, setError] = useState<unknown>();
  const data = view.data;

  const complete = () => {
    setError(undefined);
    learning
      .completeLesson(code, lesson)
      .then(() => {
        setDone('sent');
        view.reload();
      })
      .catch(async (e: unknown) => {
        // Offline: keep it in the outbox (completing twice is harmless) and send it later.
        if (e instanceof ApiError && e.status === 0 && outbox) {
          await outbox.enqueue({ method: 'POST', url: learning.completeLessonUrl(code, lesson), body: undefined, label: t('learn-outbox-complete', { title: data?.title ?? '' }) });
          setDone('queued');
        } else setError(e);
      });
  };

  return (
    <>
      {data && (
        <p>
          <Link to={paths.course(code, data.course_id)}>← {t('learn-back-course')}</Link>
        </p>
      )}
      <PageHeading title={data?.title ?? t('learn-lesson')} />
      {view.error !== undefined && <ErrorMessage error={view.error} onRetry={view.reload} />}
      {view.loading && !data && <Loading />}
      {data && (
        <>
          {data.kind === 'video' && data.video_url && (
            <InteractiveVideo territory={code} lesson={lesson} url={data.video_url} interactions={data.interactions} preventSkipping={data.prevent_skipping} onAnswered={view.reload} />
          )}
          <div className="learn-html" data-testid="lesson-html" dangerouslySetInnerHTML={{ __html: data.html }} />
          {data.attachments.length > 0 && (
            <section aria-labelledby="attachments">
              <h2 id="attachments">{t('learn-attachments')}</h2>
              <ul>
                {data.attachments.map((a) => (
                  <li key={a.url}>
                    <a href={a.url} download={a.name}>
                      {a.name}
                    </a>{' '}
                    <span className="muted">
                      ({a.content_type}, {t('learn-bytes', { size: format.number(Math.ceil(a.size_bytes / 1024)) })})
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <div className="learn-actions">
            {data.viewed || done === 'sent' ? (
              <p className="notice" role="status">
                {t('learn-lesson-done')}
              </p>
            ) : done === 'queued' ? (
              <p className="learn-pending" role="status">
                {t('learn-lesson-queued')}
              </p>
            ) : (
              <button type="button" onClick={complete}>
                {t('learn-mark-complete')}
              </button>
            )}
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
        </>
      )}
    </>
  );
}

/**
 * A video that pauses at each interaction's time and shows its question; with "require correct"
 * playback only continues after a right answer, and with "prevent skipping" seeking past a
 * question still open is undone.
 */
function InteractiveVideo({
  territory,
  lesson,
  url,
  interactions,
  preventSkipping,
  onAnswered,
}: {
  territory: string;
  lesson: string;
  url: string;
  interactions: InteractionView[];
  preventSkipping: boolean;
  onAnswered: () => void;
}) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<InteractionView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [result, setResult] = useState<InteractionResult | null>(null);
  const [error, setError] = useState<unknown>();
  // Interactions answered in this visit (the server's view arrives with the next reload).
  const [passed, setPassed] = useState<Set<number>>(new Set());
  const sorted = [...interactions].sort((a, b) => a.at_secs - b.at_secs);
  const stillBlocking = (i: InteractionView) => !passed.has(i.index) && blocks(i);

  useEffect(() => {
    const v = video.current;
    if (!v) return;
    const onTime = () => {
      if (open) return;
      const due = sorted.find((i) => stillBlocking(i) && v.currentTime >= i.at_secs);
      if (due) {
        v.pause();
        v.currentTime = due.at_secs;
        setOpen(due);
        setDraft(draftFrom(due.question, null));
        setResult(null);
      }
    };
    const onSeeking = () => {
      if (!preventSkipping) return;
      const first = sorted.find(stillBlocking);
      if (first && v.currentTime > first.at_secs + 0.25) v.currentTime = first.at_secs;
    };
    v.addEventListener('timeupdate', onTime);
    v.addEventListener('seeking', onSeeking);
    return () => {
      v.removeEventListener('timeupdate', onTime);
      v.removeEventListener('seeking', onSeeking);
    };
  });

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  const answer = () => {
    if (!open || !draft) return;
    const response = toResponse(open.question.type, draft);
    if (!response) return;
    setError(undefined);
    learning
      .answerInteraction(territory, lesson, open.index, response)
      .then((r) => {
        setResult(r);
        if (r.may_continue) setPassed(new Set(passed).add(open.index));
      })
      .catch((e: unknown) => setError(e));
  };
  const resume = () => {
    setOpen(null);
    onAnswered();
    void video.current?.play().catch(() => undefined);
    video.current?.focus();
  };

  return (
    <section className="learn-video" aria-label={t('learn-video')}>
      <video ref={video} src={url} controls preload="metadata" data-testid="lesson-video">
        <track kind="captions" />
      </video>
      <p className="muted">
        {t('learn-video-questions', { count: interactions.length })}
        {preventSkipping ? ` ${t('learn-video-no-skipping')}` : ''}
      </p>
      {open && draft && (
        <div className="learn-interaction" role="dialog" aria-modal="false" aria-labelledby="interaction-title" tabIndex={-1} ref={panel}>
          <h2 id="interaction-title">{t('learn-video-question')}</h2>
          {open.require_correct && <p className="hint">{t('learn-video-require-correct')}</p>}
          <div className="learn-question">
            <QuestionInput question={open.question} draft={draft} onChange={setDraft} disabled={result?.may_continue === true} />
          </div>
          {error !== undefined && <ErrorMessage error={error} />}
          {result && (
            <div role="status">
              <p>
                <strong>{t(`learn-answer-${result.state}`)}</strong>
              </p>
              {result.feedback.map((f, i) => (
                <p key={i} className="learn-feedback">
                  {f}
                </p>
              ))}
              {!result.may_continue && <p>{t('learn-video-try-again')}</p>}
            </div>
          )}
          <div className="learn-actions">
            {!result?.may_continue && (
              <button type="button" onClick={answer}>
                {t('learn-check')}
              </button>
            )}
            {result?.may_continue && (
              <button type="button" onClick={resume}>
                {t('learn-video-continue')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
