import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { answersUrl, learning, submitUrl, type AttemptView, type Quiz, type SlotView, type Presented } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useErrorText, useFormat, useLocale, useT } from '../../i18n/I18n';
import { newKey } from '../../outbox/outbox';
import { useOutbox } from '../../outbox/OutboxContext';
import { Link, useParams } from '../../router';
import { draftFrom, toResponse, type Draft } from './answers';
import { AnswerState, paths, percent } from './common';
import { QuestionInput } from './QuestionInput';
import { clockOffset, crossedThreshold, formatRemaining, remainingMs } from './timer';

const send = (url: string, init: RequestInit) => fetch(url, init);

/** Taking an attempt (timer, every question type, feedback per the quiz), then its review. */
export default function AttemptPage() {
  const { code = '', attempt = '' } = useParams();
  const t = useT();
  const errorText = useErrorText();
  const { outbox, items } = useOutbox();
  const [view, setView] = useState<AttemptView>();
  const [quiz, setQuiz] = useState<Quiz>();
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<unknown>();
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [submitQueued, setSubmitQueued] = useState(false);

  const load = useCallback(
    (signal?: AbortSignal) =>
      learning.attempt(code, attempt, signal).then(
        (r) => {
          setView(r.data);
          setOffset(clockOffset(r.serverAt, r.localAt));
          setError(undefined);
          // Keep what the learner is typing; fill in slots not seen yet from what was saved.
          setDrafts((current) => {
            const next = { ...current };
            for (const s of r.data.slots) if (!(s.slot in next)) next[s.slot] = draftFrom(presented(s), s.response);
            return next;
          });
          return r.data;
        },
        (e: unknown) => {
          if (!(e instanceof DOMException)) setError(e);
          return undefined;
        },
      ),
    [code, attempt],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const quizId = view?.quiz_id;
  useEffect(() => {
    if (!quizId) return;
    learning.quiz(code, quizId).then(setQuiz, () => undefined);
  }, [code, quizId]);

  // What this attempt still has in the outbox (answers and the submit made offline).
  const mine = items.filter((i) => i.url === answersUrl(code, attempt) || i.url === submitUrl(code, attempt));
  const waitingSlots = new Set(
    mine.filter((i) => i.state === 'waiting' && i.url.endsWith('/answers')).map((i) => (i.body as { slot: number }).slot),
  );
  const failed = mine.filter((i) => i.state === 'failed');
  // When the outbox sends what waited for this attempt, show the server's view of it.
  const pendingCount = mine.filter((i) => i.state === 'waiting').length;
  const before = useRef(pendingCount);
  useEffect(() => {
    if (pendingCount < before.current) void load();
    before.current = pendingCount;
  }, [pendingCount, load]);

  const flushThenLoad = async () => {
    // Offline: the outbox keeps the write and sends it when the network returns (then the
    // attempt is reloaded by the effect above); asking the server now would only fail.
    if (navigator.onLine === false) return;
    if (outbox) await outbox.flush(send).catch(() => undefined);
    await load();
  };

  const save = async (slot: SlotView) => {
    const draft = drafts[slot.slot];
    const response = draft ? toResponse(presented(slot).type, draft) : null;
    if (!response) {
      setNotes({ ...notes, [slot.slot]: t('learn-answer-first') });
      return;
    }
    setNotes({ ...notes, [slot.slot]: '' });
    const body = { slot: slot.slot, response };
    if (outbox) {
      // Every answer goes through the outbox: its client_id is fixed when queued, so a send
      // that is retried (offline, flaky network) is applied once by the server.
      await outbox.enqueue({
        method: 'POST',
        url: answersUrl(code, attempt),
        body,
        keyField: 'client_id',
        label: t('learn-outbox-answer', { n: slot.slot, quiz: quiz?.title ?? '' }),
      });
      await flushThenLoad();
    } else {
      await api
        .write<AttemptView>('POST', answersUrl(code, attempt), { ...body, client_id: newKey() })
        .then(setView)
        .catch((e: unknown) => setNotes({ ...notes, [slot.slot]: errorText(e) }));
    }
  };

  const submit = async () => {
    if (outbox) {
      await outbox.enqueue({ method: 'POST', url: submitUrl(code, attempt), body: {}, keyField: 'client_id', label: t('learn-outbox-submit', { quiz: quiz?.title ?? '' }) });
      setSubmitQueued(true);
      await flushThenLoad();
    } else {
      await api
        .write<AttemptView>('POST', submitUrl(code, attempt), { client_id: newKey() })
        .then(setView)
        .catch((e: unknown) => setError(e));
    }
  };

  const inProgress = view?.state === 'in_progress';
  const mode = quiz?.settings.feedback_mode ?? 'deferred';
  return (
    <>
      {quiz && (
        <p>
          <Link to={paths.quiz(code, quiz.id)}>← {t('learn-back-quiz')}</Link>
        </p>
      )}
      <PageHeading title={quiz ? t('learn-attempt-title', { quiz: quiz.title, n: view?.number ?? 1 }) : t('learn-attempt')} />
      {error !== undefined && <ErrorMessage error={error} onRetry={() => void load()} />}
      {!view && error === undefined && <Loading />}
      {view && inProgress && view.deadline && <Timer
          deadline={view.deadline}
          offset={offset}
          // The server applies the quiz's overdue rule (its job runs every few seconds); ask
          // again a few times so the closed attempt and its review appear without a reload.
          onExpired={() => [2500, 5000, 10000, 20000].forEach((ms) => window.setTimeout(() => void load(), ms))}
        />}
      {failed.map((f) => (
        <div key={f.id} className="error" role="alert">
          <p>
            {f.label}: {f.error ? errorText(new ApiError(f.error.status, { error: f.error.code, message: f.error.message })) : ''}
          </p>
        </div>
      ))}
      {view && !inProgress && <Review view={view} />}
      {view && inProgress && (
        <form
          aria-label={t('learn-attempt')}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {view.estimate && <Estimate view={view} />}
          {view.slots.map((slot) => {
            const q = presented(slot);
            const draft = drafts[slot.slot] ?? draftFrom(q, slot.response);
            const finishedHere = (mode === 'immediate' && slot.tries >= 1) || (mode === 'interactive' && slot.state === 'right');
            return (
              <section key={slot.slot} className="learn-question" aria-labelledby={`slot-${slot.slot}`} data-testid={`slot-${slot.slot}`}>
                <h2 id={`slot-${slot.slot}`}>
                  {t('learn-question-n', { n: slot.slot, marks: slot.max_marks })}
                </h2>
                <QuestionInput
                  question={q}
                  draft={draft}
                  disabled={finishedHere || submitQueued}
                  onChange={(d) => setDrafts({ ...drafts, [slot.slot]: d })}
                  upload={quiz ? (file) => learning.upload(code, quiz.course_id, file).then((u) => u.file.sha256) : undefined}
                />
                <div className="learn-actions">
                  <button type="button" className="secondary" disabled={finishedHere || submitQueued} onClick={() => void save(slot)}>
                    {t(mode === 'deferred' ? 'learn-save-answer' : 'learn-check')}
                  </button>
                  <span role="status" data-testid={`slot-${slot.slot}-status`}>
                    {waitingSlots.has(slot.slot) ? (
                      <span className="learn-pending">{t('learn-answer-waiting')}</span>
                    ) : slot.state === 'unanswered' ? (
                      t('learn-answer-unanswered')
                    ) : (
                      <AnswerState state={slot.state} />
                    )}
                    {mode === 'interactive' && slot.tries > 0 ? ` · ${t('learn-tries', { n: slot.tries })}` : ''}
                    {notes[slot.slot] ? ` ${notes[slot.slot]}` : ''}
                  </span>
                </div>
                <SlotFeedback slot={slot} />
              </section>
            );
          })}
          <div className="learn-actions">
            <button type="submit" disabled={submitQueued}>
              {t('learn-submit')}
            </button>
            {submitQueued && (
              <span className="learn-pending" role="status">
                {t('learn-submit-waiting')}
              </span>
            )}
          </div>
        </form>
      )}
    </>
  );
}

/** The question as shown to the learner (the server sends it untyped in the attempt). */
function presented(slot: SlotView): Presented {
  return slot.question as unknown as Presented;
}

/** Marks, feedback and the next hint, as far as the quiz's review options show them. */
function SlotFeedback({ slot }: { slot: SlotView }) {
  const t = useT();
  return (
    <>
      {slot.marks !== null && slot.marks !== undefined && <p>{t('learn-marks', { got: slot.marks, max: slot.max_marks })}</p>}
      {slot.feedback.map((f, i) => (
        <p key={i} className="learn-feedback">
          {f}
        </p>
      ))}
      {slot.hint && <p className="learn-feedback">{t('learn-hint', { hint: slot.hint })}</p>}
    </>
  );
}

/** The adaptive quiz's ability estimate. */
function Estimate({ view }: { view: AttemptView }) {
  const t = useT();
  const format = useFormat();
  const e = view.estimate as { ability_level?: number; standard_error?: number; answered?: number } | null | undefined;
  if (!e) return null;
  return (
    <p className="card" data-testid="estimate">
      {t('learn-estimate', {
        level: format.number(Math.round((e.ability_level ?? 0) * 10) / 10),
        se: format.number(Math.round((e.standard_error ?? 0) * 100) / 100),
        answered: e.answered ?? 0,
      })}
      {view.stop_reason ? ` ${t(`learn-stop-${String(view.stop_reason)}`)}` : ''}
    </p>
  );
}

/** A finished attempt: grade, and per question the answer, its state, marks and feedback. */
function Review({ view }: { view: AttemptView }) {
  const t = useT();
  const { locale } = useLocale();
  const format = useFormat();
  // Overall feedback for the grade band (servers that offer it).
  const overall = (view as { overall_feedback?: string | null }).overall_feedback;
  return (
    <section aria-labelledby="review" data-testid="review">
      <h2 id="review">{t('learn-review')}</h2>
      <p data-testid="attempt-grade" className="notice" role="status">
        {view.state === 'abandoned'
          ? t('learn-attempt-abandoned')
          : view.needs_grading
            ? t('learn-needs-grading')
            : view.grade === null || view.grade === undefined
              ? t('learn-grade-hidden')
              : t('learn-grade-is', { grade: percent(view.grade, locale) })}
      </p>
      {view.finished_at && <p className="muted">{t('learn-finished-at', { when: format.dateTime(view.finished_at) })}</p>}
      {overall && (
        <p className="learn-feedback" data-testid="overall-feedback">
          {overall}
        </p>
      )}
      {view.estimate && <Estimate view={view} />}
      {view.slots.map((slot) => {
        const q = presented(slot);
        return (
          <section key={slot.slot} className="learn-question" aria-labelledby={`review-${slot.slot}`}>
            <h3 id={`review-${slot.slot}`}>
              {t('learn-question-n', { n: slot.slot, marks: slot.max_marks })} — <AnswerState state={slot.state} />
            </h3>
            <QuestionInput question={q} draft={draftFrom(q, slot.response)} onChange={() => undefined} disabled />
            <SlotFeedback slot={slot} />
          </section>
        );
      })}
    </section>
  );
}

/** Time left to the server's deadline, updated every second; announced at a few thresholds. */
function Timer({ deadline, offset, onExpired }: { deadline: string; offset: number; onExpired: () => void }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const [announce, setAnnounce] = useState('');
  const last = useRef(remainingMs(deadline, offset, Date.now()));
  const expired = useRef(false);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = remainingMs(deadline, offset, now);
  useEffect(() => {
    const crossed = crossedThreshold(last.current, left);
    if (crossed !== null) setAnnounce(t('learn-time-left-announce', { minutes: Math.floor(crossed / 60), seconds: crossed % 60 }));
    last.current = left;
    if (left === 0 && !expired.current) {
      expired.current = true;
      setAnnounce(t('learn-time-over'));
      onExpired();
    }
  }, [left, t, onExpired]);
  return (
    <div className={left < 60_000 ? 'learn-timer low' : 'learn-timer'}>
      <span>{t('learn-time-left')} </span>
      <time data-testid="timer" dateTime={deadline}>
        {formatRemaining(left)}
      </time>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </span>
    </div>
  );
}
