import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { learning, type CoursePage, type LessonInput, type LessonSource, type BankQuestion } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useFocusSwap } from '../../components/useFocusSwap';
import { useT } from '../../i18n/I18n';
import { Link, useLocation, useParams } from '../../router';
import { CourseStatus, DeleteControl, LossRefusal, paths, QuestionOptions, TeachersOnly, useTeacher } from './common';
import { QuestionBank } from './QuestionBank';
import { QuizEditor } from './QuizEditor';

/** Instructor authoring of one course: settings and publishing, modules and lessons, bank, quizzes, enrolments. */
export default function CourseEditor() {
  const { code = '', course = '' } = useParams();
  const t = useT();
  const teacher = useTeacher(code);
  const page = useApi((signal) => learning.coursePage(code, course, { signal }), `edit-${code}-${course}`);
  const [bankVersion, setBankVersion] = useState(0);
  const bank = useApi((signal) => learning.questions(code, course, {}, { signal }), `bank-all-${course}-${bankVersion}`);
  if (!teacher) return <TeachersOnly />;
  const data = page.data;
  return (
    <>
      <p>
        <Link to={paths.course(code, course)}>← {t('learn-back-course')}</Link>
      </p>
      <PageHeading title={t('learn-edit-title', { title: data?.course.title ?? '' })} />
      {page.error !== undefined && <ErrorMessage error={page.error} onRetry={page.reload} />}
      {page.loading && !data && <Loading />}
      {data && (
        <>
          <CourseSettings territory={code} page={data} onSaved={page.reload} />
          <Modules territory={code} page={data} questions={bank.data ?? []} onChanged={page.reload} />
          <QuestionBank territory={code} course={course} onChanged={() => setBankVersion((n) => n + 1)} />
          <QuizEditor territory={code} course={course} quizzes={data.quizzes} questions={bank.data ?? []} onCreated={page.reload} />
          <Enrollments territory={code} course={course} />
        </>
      )}
    </>
  );
}

function CourseSettings({ territory, page, onSaved }: { territory: string; page: CoursePage; onSaved: () => void }) {
  const t = useT();
  const c = page.course;
  const [title, setTitle] = useState(c.title);
  const [summary, setSummary] = useState(c.summary);
  const [language, setLanguage] = useState(c.language);
  const [enrollment, setEnrollment] = useState(c.enrollment);
  const [badge, setBadge] = useState(c.badge?.name ?? '');
  const [badgeDays, setBadgeDays] = useState(c.badge?.valid_days ? String(c.badge.valid_days) : '');
  const [saved, setSaved] = useState('');
  const [prerequisites, setPrerequisites] = useState<string[]>(c.prerequisites);
  const others = useApi((signal) => learning.courses(territory, { signal }), `courses-${territory}-for-${c.id}`);
  const save = useSubmit(async () => {
    await learning.updateCourse(territory, c.id, {
      title,
      summary,
      language,
      enrollment,
      prerequisites,
      ...(badge.trim() ? { badge: { name: badge.trim(), valid_days: badgeDays ? Number(badgeDays) : null } } : {}),
    });
    setSaved(t('learn-saved'));
    onSaved();
  });
  const [statusError, setStatusError] = useState<unknown>();
  const setStatus = (status: string) => {
    setStatusError(undefined);
    learning
      .updateCourse(territory, c.id, { status })
      .then(() => {
        setSaved(t(`learn-now-${status}`));
        onSaved();
      })
      .catch((e: unknown) => setStatusError(e));
  };
  const [coverError, setCoverError] = useState<unknown>();
  const { navigate } = useLocation();
  return (
    <section className="card" aria-labelledby="course-settings">
      <h2 id="course-settings">{t('learn-course-settings')}</h2>
      <p>
        {t('learn-status')}: <CourseStatus status={c.status} />
      </p>
      <div className="learn-actions">
        {c.status !== 'published' && (
          <button type="button" onClick={() => setStatus('published')}>
            {t('learn-publish')}
          </button>
        )}
        {c.status === 'published' && (
          <button type="button" className="secondary" onClick={() => setStatus('archived')}>
            {t('learn-archive')}
          </button>
        )}
        <DeleteControl
          name={c.title}
          lossCodes={['learner_enrollments_exist']}
          del={(confirm) => learning.deleteCourse(territory, c.id, confirm)}
          onDeleted={() => navigate(paths.catalog(territory))}
        />
      </div>
      {statusError !== undefined && <ErrorMessage error={statusError} />}
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <Form submission={save} submitLabel={t('learn-save')} label={t('learn-course-settings')}>
        <Field label={t('learn-course-title')} name="title" required value={title} onChange={(e) => setTitle(e.target.value)} error={save.fields.title} />
        <div className="field">
          <label htmlFor="edit-summary">{t('learn-course-summary')}</label>
          <textarea id="edit-summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
        </div>
        <Field label={t('learn-course-language')} name="language" value={language} onChange={(e) => setLanguage(e.target.value)} error={save.fields.language} />
        <div className="field">
          <label htmlFor="edit-enrollment">{t('learn-course-enrollment')}</label>
          <select id="edit-enrollment" value={enrollment} onChange={(e) => setEnrollment(e.target.value)}>
            <option value="open">{t('learn-enrollment-open')}</option>
            <option value="approval">{t('learn-enrollment-approval')}</option>
          </select>
        </div>
        <fieldset>
          <legend>{t('learn-prerequisites')}</legend>
          {(others.data ?? [])
            .filter((o) => o.id !== c.id)
            .map((o) => (
              <label key={o.id} className="choice">
                <input
                  type="checkbox"
                  checked={prerequisites.includes(o.id)}
                  onChange={(e) => setPrerequisites(e.target.checked ? [...prerequisites, o.id] : prerequisites.filter((p) => p !== o.id))}
                />
                {o.title}
              </label>
            ))}
          {others.data && others.data.length <= 1 && <p className="muted">{t('learn-no-other-courses')}</p>}
        </fieldset>
        <Field label={t('learn-badge-name')} name="badge" value={badge} onChange={(e) => setBadge(e.target.value)} />
        <Field label={t('learn-badge-days')} name="valid_days" type="number" min={1} value={badgeDays} onChange={(e) => setBadgeDays(e.target.value)} />
      </Form>
      <div className="field">
        <label htmlFor="cover">{t('learn-cover')}</label>
        <input
          id="cover"
          type="file"
          accept="image/*"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setCoverError(undefined);
            learning
              .upload(territory, c.id, file, 'cover')
              .then((u) => learning.updateCourse(territory, c.id, { cover_sha256: u.file.sha256 }))
              .then(onSaved)
              .catch((err: unknown) => setCoverError(err));
          }}
        />
      </div>
      {coverError !== undefined && <ErrorMessage error={coverError} />}
    </section>
  );
}

const NOW = Symbol('now');

/**
 * Focus an element by DOM id after the next render, or (`waitFor` = the data shown now) once
 * that data has been replaced by a reload — e.g. a lesson moved to another module is
 * rendered anew there, so focus must wait for the new outline.
 */
function useFocusAfter(data: unknown): (id: string, waitFor?: unknown) => void {
  const [pending, setPending] = useState<{ id: string; after: unknown }>();
  useLayoutEffect(() => {
    if (!pending || data === pending.after) return;
    document.getElementById(pending.id)?.focus();
    setPending(undefined);
  }, [pending, data]);
  return useCallback((id: string, waitFor: unknown = NOW) => setPending({ id, after: waitFor }), []);
}

/** "Rename" that turns into a labelled field in place; focus goes into the field and back to the button. */
function Rename({ id, name, label, save, onSaved }: { id: string; name: string; label: string; save: (title: string) => Promise<unknown>; onSaved: (title: string) => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(name);
  const submit = useSubmit(async () => {
    await save(title);
    setEditing(false);
    onSaved(title.trim());
  });
  const { opener: openRef, inner: inputRef } = useFocusSwap<HTMLInputElement>(editing);
  if (!editing) {
    return (
      <button
        type="button"
        ref={openRef}
        className="secondary"
        onClick={() => {
          setTitle(name);
          submit.reset();
          setEditing(true);
        }}
      >
        {t('learn-rename', { name })}
      </button>
    );
  }
  const errorId = `rename-error-${id}`;
  return (
    <form className="learn-rename" aria-label={t('learn-rename', { name })} onSubmit={submit.onSubmit} noValidate>
      {submit.error !== undefined && !submit.fields.title && <ErrorMessage error={submit.error} />}
      <div className="field">
        <label htmlFor={`rename-input-${id}`}>{label}</label>
        <input
          ref={inputRef}
          id={`rename-input-${id}`}
          required
          value={title}
          aria-invalid={submit.fields.title ? true : undefined}
          aria-describedby={submit.fields.title ? errorId : undefined}
          onChange={(e) => setTitle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setEditing(false);
          }}
        />
        {submit.fields.title && (
          <p id={errorId} className="field-error">
            {submit.fields.title}
          </p>
        )}
      </div>
      <div className="learn-actions">
        <button type="submit" disabled={submit.busy} aria-busy={submit.busy}>
          {t('learn-rename-save')}
        </button>
        <button type="button" className="secondary" onClick={() => setEditing(false)}>
          {t('learn-delete-cancel')}
        </button>
      </div>
    </form>
  );
}

function Modules({ territory, page, questions, onChanged }: { territory: string; page: CoursePage; questions: BankQuestion[]; onChanged: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const add = useSubmit(async () => {
    await learning.addModule(territory, page.course.id, title);
    setTitle('');
    onChanged();
  });
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState('');
  const focusAfter = useFocusAfter(page);
  const [editing, setEditing] = useState<string>();
  const [moveTo, setMoveTo] = useState<Record<string, string>>({});
  const run = (action: () => Promise<unknown>, focus?: string, message?: string) => {
    setError(undefined);
    setDone('');
    action().then(() => {
      onChanged();
      if (message) setDone(message);
      if (focus) focusAfter(focus, page);
    }, (e: unknown) => setError(e));
  };
  // Deleting what learners have progress in needs a second, explicit confirmation.
  const remove = (name: string, del: (confirm: boolean) => Promise<unknown>) =>
    run(async () => {
      if (!window.confirm(t('learn-delete-confirm', { name }))) return;
      try {
        await del(false);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'learner_progress_exists' && window.confirm(t('learn-delete-progress-confirm', { name }))) await del(true);
        else throw e;
      }
    });
  const renamed = (name: string) => {
    setError(undefined);
    setDone(t('learn-renamed', { name }));
    onChanged();
  };
  const last = page.modules.length - 1;
  return (
    <section className="card" aria-labelledby="modules">
      <h2 id="modules">{t('learn-modules')}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {page.modules.map((m, mi) => (
        <section key={m.id} aria-labelledby={`m-${m.id}`}>
          <h3 id={`m-${m.id}`}>{m.title}</h3>
          <div className="learn-actions">
            <Rename id={m.id} name={m.title} label={t('learn-module-title')} save={(title) => learning.updateModule(territory, m.id, { title })} onSaved={renamed} />
            <button type="button" className="secondary" disabled={mi === 0} onClick={() => run(() => learning.updateModule(territory, m.id, { position: mi - 1 }))}>
              {t('learn-move-up', { name: m.title })}
            </button>
            <button type="button" className="secondary" disabled={mi === last} onClick={() => run(() => learning.updateModule(territory, m.id, { position: mi + 1 }))}>
              {t('learn-move-down', { name: m.title })}
            </button>
            <button type="button" className="secondary" onClick={() => remove(m.title, (c) => learning.deleteModule(territory, m.id, c))}>
              {t('learn-delete', { name: m.title })}
            </button>
          </div>
          <ol className="learn-outline">
            {m.lessons.map((l, li) => {
              const target = moveTo[l.id] ?? m.id;
              const targetTitle = page.modules.find((x) => x.id === target)?.title ?? '';
              return (
                <li key={l.id}>
                  <Link to={paths.lesson(territory, l.id)}>{l.title}</Link> <span className="muted">({t(`learn-kind-${l.kind}`)})</span>{' '}
                  <div className="learn-actions">
                    <Rename id={l.id} name={l.title} label={t('learn-lesson-title')} save={(title) => learning.updateLesson(territory, l.id, { title })} onSaved={renamed} />
                    {editing !== l.id && (
                      <button
                        type="button"
                        id={`edit-${l.id}`}
                        className="secondary"
                        onClick={() => {
                          setDone('');
                          setEditing(l.id);
                        }}
                      >
                        {t('learn-lesson-edit', { name: l.title })}
                      </button>
                    )}
                    <button type="button" className="secondary" disabled={li === 0} onClick={() => run(() => learning.updateLesson(territory, l.id, { position: li - 1 }))}>
                      {t('learn-move-up', { name: l.title })}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={li === m.lessons.length - 1}
                      onClick={() => run(() => learning.updateLesson(territory, l.id, { position: li + 1 }))}
                    >
                      {t('learn-move-down', { name: l.title })}
                    </button>
                    {page.modules.length > 1 && (
                      <span className="learn-move-to">
                        <label htmlFor={`lesson-target-${l.id}`}>{t('learn-lesson-module', { name: l.title })}</label>{' '}
                        <select id={`lesson-target-${l.id}`} value={target} onChange={(e) => setMoveTo({ ...moveTo, [l.id]: e.target.value })}>
                          {page.modules.map((x) => (
                            <option key={x.id} value={x.id}>
                              {x.title}
                            </option>
                          ))}
                        </select>{' '}
                        <button
                          type="button"
                          className="secondary"
                          disabled={target === m.id}
                          onClick={() =>
                            run(
                              async () => {
                                await learning.updateLesson(territory, l.id, { module_id: target });
                                setMoveTo(({ [l.id]: _, ...rest }) => rest);
                              },
                              `lesson-target-${l.id}`,
                              t('learn-lesson-moved', { name: l.title, module: targetTitle }),
                            )
                          }
                        >
                          {t('learn-lesson-move', { name: l.title })}
                        </button>
                      </span>
                    )}
                    <button type="button" className="secondary" onClick={() => remove(l.title, (c) => learning.deleteLesson(territory, l.id, c))}>
                      {t('learn-delete', { name: l.title })}
                    </button>
                  </div>
                  {editing === l.id && (
                    <LessonEditor
                      territory={territory}
                      course={page.course.id}
                      lesson={l.id}
                      name={l.title}
                      questions={questions}
                      onSaved={(name) => {
                        setEditing(undefined);
                        onChanged();
                        setDone(t('learn-lesson-saved', { name }));
                        focusAfter(`edit-${l.id}`);
                      }}
                      onClose={() => {
                        setEditing(undefined);
                        focusAfter(`edit-${l.id}`);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ol>
          <details>
            <summary>{t('learn-add-lesson-to', { module: m.title })}</summary>
            <LessonForm territory={territory} course={page.course.id} formId={`lesson-${m.id}`} questions={questions} save={(input) => learning.addLesson(territory, m.id, input).then(onChanged)} />
          </details>
        </section>
      ))}
      <Form submission={add} submitLabel={t('learn-add-module')} label={t('learn-add-module')}>
        <Field label={t('learn-module-title')} name="module-title" required value={title} onChange={(e) => setTitle(e.target.value)} error={add.fields.title} />
      </Form>
    </section>
  );
}

/** "Edit" on a lesson: the add form filled from the lesson's source, saving with a confirm step when learners' answers would go. */
function LessonEditor({
  territory,
  course,
  lesson,
  name,
  questions,
  onSaved,
  onClose,
}: {
  territory: string;
  course: string;
  lesson: string;
  name: string;
  questions: BankQuestion[];
  onSaved: (name: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const source = useApi((signal) => learning.lessonSource(territory, lesson, { signal }), `lesson-source-${lesson}`);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const s = source.data;
  return (
    <div className="card learn-lesson-editor">
      <h4 ref={headingRef} tabIndex={-1}>
        {t('learn-lesson-edit-of', { name })}
      </h4>
      {source.error !== undefined && <ErrorMessage error={source.error} onRetry={source.reload} />}
      {source.loading && !s && <Loading />}
      {s && (
        <>
          {s.learners_completed > 0 && <p className="muted">{t('learn-lesson-completed-by', { count: s.learners_completed })}</p>}
          <LessonForm
            territory={territory}
            course={course}
            formId={`edit-form-${lesson}`}
            questions={questions}
            source={s}
            save={async (input, confirm) => {
              await learning.updateLesson(territory, lesson, { title: input.title, content: input.content }, confirm);
              onSaved(input.title.trim());
            }}
          />
        </>
      )}
      <button type="button" className="secondary" onClick={onClose}>
        {t('learn-cancel-edit')}
      </button>
    </div>
  );
}

interface InteractionDraft {
  at: string;
  question: string;
  required: boolean;
}

/**
 * The lesson form: empty to add a lesson, or filled from `source` to change one. `save`
 * gets `confirm` = true only after the server refused with `learner_answers_exist` and the
 * instructor chose "Save anyway".
 */
function LessonForm({
  territory,
  course,
  formId: id,
  questions,
  source,
  save,
}: {
  territory: string;
  course: string;
  formId: string;
  questions: BankQuestion[];
  source?: LessonSource;
  save: (input: LessonInput, confirm: boolean) => Promise<unknown>;
}) {
  const t = useT();
  const initial = source?.content;
  const [title, setTitle] = useState(source?.title ?? '');
  const [kind, setKind] = useState<'text' | 'video'>(initial?.type ?? 'text');
  const [markdown, setMarkdown] = useState(initial?.markdown ?? '');
  const [attachments, setAttachments] = useState<Array<{ sha256: string; name: string }>>(initial?.type === 'text' ? (initial.attachments ?? []) : []);
  const videoSource = initial?.type === 'video' ? initial.source : undefined;
  const [videoUrl, setVideoUrl] = useState(videoSource && 'url' in videoSource ? videoSource.url : '');
  const [videoFile, setVideoFile] = useState(videoSource && 'file' in videoSource ? videoSource.file : '');
  const [interactions, setInteractions] = useState<InteractionDraft[]>(
    initial?.type === 'video' ? (initial.interactions ?? []).map((i) => ({ at: String(i.at_secs), question: i.question_id, required: i.require_correct ?? false })) : [],
  );
  const [preventSkipping, setPreventSkipping] = useState(initial?.type === 'video' ? (initial.prevent_skipping ?? false) : false);
  const patchInteraction = (i: number, patch: Partial<InteractionDraft>) => setInteractions(interactions.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const [uploadError, setUploadError] = useState<unknown>();
  const [loss, setLoss] = useState('');
  const [anywayBusy, setAnywayBusy] = useState(false);
  const [anywayError, setAnywayError] = useState<unknown>();
  const addRef = useRef<HTMLButtonElement>(null);
  const input = (): LessonInput => ({
    title,
    content:
      kind === 'text'
        ? { type: 'text', markdown, attachments }
        : {
            type: 'video',
            markdown,
            source: videoFile ? { file: videoFile } : { url: videoUrl },
            prevent_skipping: preventSkipping,
            interactions: interactions
              .filter((i) => i.question)
              .map((i) => ({ at_secs: Number(i.at), question_id: i.question, require_correct: i.required })),
          },
  });
  const submit = useSubmit(async () => {
    setLoss('');
    try {
      await save(input(), false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code === 'learner_answers_exist') {
        setLoss(e.message);
        return;
      }
      throw e;
    }
    if (!source) {
      setTitle('');
      setMarkdown('');
      setAttachments([]);
      setInteractions([]);
    }
  });
  const saveAnyway = () => {
    setAnywayBusy(true);
    setAnywayError(undefined);
    save(input(), true)
      .then(() => setLoss(''))
      .catch((e: unknown) => setAnywayError(e))
      .finally(() => setAnywayBusy(false));
  };
  const upload = (file: File, then: (sha: string) => void) => {
    setUploadError(undefined);
    learning
      .upload(territory, course, file)
      .then((u) => then(u.file.sha256))
      .catch((e: unknown) => setUploadError(e));
  };
  const label = source ? t('learn-lesson-edit-of', { name: source.title }) : t('learn-add-lesson');
  return (
    <>
      <Form submission={submit} submitLabel={source ? t('learn-lesson-save') : t('learn-add-lesson')} label={label}>
        <Field label={t('learn-lesson-title')} name="lesson-title" required value={title} onChange={(e) => setTitle(e.target.value)} error={submit.fields.title} />
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('learn-lesson-kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value === 'video' ? 'video' : 'text')}>
            <option value="text">{t('learn-kind-text')}</option>
            <option value="video">{t('learn-kind-video')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-md`}>{t('learn-lesson-markdown')}</label>
          <textarea id={`${id}-md`} value={markdown} onChange={(e) => setMarkdown(e.target.value)} />
        </div>
        {kind === 'text' && (
          <div className="field">
            <label htmlFor={`${id}-att`}>{t('learn-attach')}</label>
            <input
              id={`${id}-att`}
              type="file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) upload(file, (sha) => setAttachments([...attachments, { sha256: sha, name: file.name }]));
              }}
            />
            {attachments.length > 0 && (
              <ul>
                {attachments.map((a, i) => (
                  <li key={`${a.sha256}-${i}`}>
                    {a.name}{' '}
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        setAttachments(attachments.filter((_, j) => j !== i));
                        document.getElementById(`${id}-att`)?.focus();
                      }}
                    >
                      {t('learn-remove-attachment', { name: a.name })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {submit.fields['content.attachments'] && <p className="field-error">{submit.fields['content.attachments']}</p>}
          </div>
        )}
        {kind === 'video' && (
          <>
            <Field label={t('learn-video-url')} name="video-url" type="url" value={videoUrl} onChange={(e) => setVideoUrl(e.target.value)} error={submit.fields['content.source']} />
            <div className="field">
              <label htmlFor={`${id}-vf`}>{t('learn-video-file')}</label>
              <input
                id={`${id}-vf`}
                type="file"
                accept="video/*"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) upload(file, setVideoFile);
                }}
              />
              {videoFile && <p className="muted">{t('learn-uploaded')}</p>}
            </div>
            <fieldset>
              <legend>{t('learn-interactions')}</legend>
              {submit.fields['content.interactions'] && <p className="field-error">{submit.fields['content.interactions']}</p>}
              {interactions.map((it, i) => (
                <div className="row" key={i}>
                  <Field label={t('learn-at-secs')} name={`at-${i}`} type="number" min={0} step="0.1" value={it.at} onChange={(e) => patchInteraction(i, { at: e.target.value })} />
                  <div className="field">
                    <label htmlFor={`${id}-q-${i}`}>{t('learn-question')}</label>
                    <select id={`${id}-q-${i}`} value={it.question} onChange={(e) => patchInteraction(i, { question: e.target.value })}>
                      <QuestionOptions questions={questions} placeholder={t('learn-q-pick')} />
                    </select>
                  </div>
                  <label className="choice">
                    <input type="checkbox" checked={it.required} onChange={(e) => patchInteraction(i, { required: e.target.checked })} />
                    {t('learn-require-correct')}
                  </label>
                  {source && (source.answered_by[i] ?? 0) > 0 && <p className="muted">{t('learn-interaction-answered-by', { count: source.answered_by[i] ?? 0 })}</p>}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setInteractions(interactions.filter((_, j) => j !== i));
                      addRef.current?.focus();
                    }}
                  >
                    {t('learn-remove-interaction', { n: i + 1 })}
                  </button>
                </div>
              ))}
              <button type="button" ref={addRef} className="secondary" onClick={() => setInteractions([...interactions, { at: '0', question: '', required: false }])}>
                {t('learn-add-interaction')}
              </button>
            </fieldset>
            <label className="choice">
              <input type="checkbox" checked={preventSkipping} onChange={(e) => setPreventSkipping(e.target.checked)} />
              {t('learn-prevent-skipping')}
            </label>
          </>
        )}
        {uploadError !== undefined && <ErrorMessage error={uploadError} />}
      </Form>
      {loss && (
        <LossRefusal
          testId="save-refused"
          intro={t('learn-save-loss', { name: source?.title ?? title })}
          message={loss}
          anyway={t('learn-save-anyway')}
          busy={anywayBusy}
          error={anywayError}
          onAnyway={saveAnyway}
          onCancel={() => setLoss('')}
        />
      )}
    </>
  );
}

function Enrollments({ territory, course }: { territory: string; course: string }) {
  const t = useT();
  const list = useApi((signal) => learning.enrollments(territory, course, { signal }), `enrollments-${course}`);
  const [error, setError] = useState<unknown>();
  useEffect(() => setError(undefined), [list.data]);
  return (
    <section className="card" aria-labelledby="enrollments">
      <h2 id="enrollments">{t('learn-enrollments')}</h2>
      {list.error !== undefined && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {error !== undefined && <ErrorMessage error={error} />}
      {list.data && list.data.length === 0 && <p>{t('learn-no-enrollments')}</p>}
      {list.data && list.data.length > 0 && (
        <ul>
          {list.data.map((e) => (
            <li key={e.user_id}>
              <code>{e.user_id}</code> — {t(`learn-enrollment-status-${e.status}`)}{' '}
              {e.status === 'pending' && (
                <button type="button" onClick={() => learning.approve(territory, course, e.user_id).then(list.reload, setError)}>
                  {t('learn-approve')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
