import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { learning, type CoursePage, type LessonInput, type BankQuestion } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { Link, useLocation, useParams } from '../../router';
import { CourseStatus, DeleteControl, paths, TeachersOnly, useTeacher } from './common';
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

function Modules({ territory, page, questions, onChanged }: { territory: string; page: CoursePage; questions: BankQuestion[]; onChanged: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const add = useSubmit(async () => {
    await learning.addModule(territory, page.course.id, title);
    setTitle('');
    onChanged();
  });
  const [error, setError] = useState<unknown>();
  const run = (action: () => Promise<unknown>) => {
    setError(undefined);
    action().then(onChanged, (e: unknown) => setError(e));
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
  const last = page.modules.length - 1;
  return (
    <section className="card" aria-labelledby="modules">
      <h2 id="modules">{t('learn-modules')}</h2>
      {error !== undefined && <ErrorMessage error={error} />}
      {page.modules.map((m, mi) => (
        <section key={m.id} aria-labelledby={`m-${m.id}`}>
          <h3 id={`m-${m.id}`}>{m.title}</h3>
          <div className="learn-actions">
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
            {m.lessons.map((l, li) => (
              <li key={l.id}>
                <Link to={paths.lesson(territory, l.id)}>{l.title}</Link> <span className="muted">({t(`learn-kind-${l.kind}`)})</span>{' '}
                <button type="button" className="secondary" disabled={li === 0} onClick={() => run(() => learning.updateLesson(territory, l.id, { position: li - 1 }))}>
                  {t('learn-move-up', { name: l.title })}
                </button>{' '}
                <button
                  type="button"
                  className="secondary"
                  disabled={li === m.lessons.length - 1}
                  onClick={() => run(() => learning.updateLesson(territory, l.id, { position: li + 1 }))}
                >
                  {t('learn-move-down', { name: l.title })}
                </button>{' '}
                <button type="button" className="secondary" onClick={() => remove(l.title, (c) => learning.deleteLesson(territory, l.id, c))}>
                  {t('learn-delete', { name: l.title })}
                </button>
              </li>
            ))}
          </ol>
          <details>
            <summary>{t('learn-add-lesson-to', { module: m.title })}</summary>
            <LessonForm territory={territory} course={page.course.id} module={m.id} questions={questions} onAdded={onChanged} />
          </details>
        </section>
      ))}
      <Form submission={add} submitLabel={t('learn-add-module')} label={t('learn-add-module')}>
        <Field label={t('learn-module-title')} name="module-title" required value={title} onChange={(e) => setTitle(e.target.value)} error={add.fields.title} />
      </Form>
    </section>
  );
}

interface InteractionDraft {
  at: string;
  question: string;
  required: boolean;
}

function LessonForm({ territory, course, module, questions, onAdded }: { territory: string; course: string; module: string; questions: BankQuestion[]; onAdded: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<'text' | 'video'>('text');
  const [markdown, setMarkdown] = useState('');
  const [attachments, setAttachments] = useState<Array<{ sha256: string; name: string }>>([]);
  const [videoUrl, setVideoUrl] = useState('');
  const [videoFile, setVideoFile] = useState('');
  const [interactions, setInteractions] = useState<InteractionDraft[]>([]);
  const [preventSkipping, setPreventSkipping] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>();
  const add = useSubmit(async () => {
    const content: LessonInput['content'] =
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
          };
    await learning.addLesson(territory, module, { title, content });
    setTitle('');
    setMarkdown('');
    setAttachments([]);
    setInteractions([]);
    onAdded();
  });
  const id = `lesson-${module}`;
  const upload = (file: File, then: (sha: string) => void) => {
    setUploadError(undefined);
    learning
      .upload(territory, course, file)
      .then((u) => then(u.file.sha256))
      .catch((e: unknown) => setUploadError(e));
  };
  return (
    <Form submission={add} submitLabel={t('learn-add-lesson')} label={t('learn-add-lesson')}>
      <Field label={t('learn-lesson-title')} name="lesson-title" required value={title} onChange={(e) => setTitle(e.target.value)} error={add.fields.title} />
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
          <input id={`${id}-att`} type="file" onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) upload(file, (sha) => setAttachments([...attachments, { sha256: sha, name: file.name }]));
          }} />
          {attachments.length > 0 && <p>{attachments.map((a) => a.name).join(', ')}</p>}
        </div>
      )}
      {kind === 'video' && (
        <>
          <Field label={t('learn-video-url')} name="video-url" type="url" value={videoUrl} onChange={(e) => setVideoUrl(e.target.value)} />
          <div className="field">
            <label htmlFor={`${id}-vf`}>{t('learn-video-file')}</label>
            <input id={`${id}-vf`} type="file" accept="video/*" onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload(file, setVideoFile);
            }} />
            {videoFile && <p className="muted">{t('learn-uploaded')}</p>}
          </div>
          <fieldset>
            <legend>{t('learn-interactions')}</legend>
            {interactions.map((it, i) => (
              <div className="row" key={i}>
                <Field label={t('learn-at-secs')} name={`at-${i}`} type="number" min={0} step="0.1" value={it.at} onChange={(e) => setInteractions(interactions.map((x, j) => (j === i ? { ...x, at: e.target.value } : x)))} />
                <div className="field">
                  <label htmlFor={`${id}-q-${i}`}>{t('learn-question')}</label>
                  <select id={`${id}-q-${i}`} value={it.question} onChange={(e) => setInteractions(interactions.map((x, j) => (j === i ? { ...x, question: e.target.value } : x)))}>
                    <option value="">{t('learn-q-pick')}</option>
                    {questions.map((q) => (
                      <option key={q.id} value={q.id}>
                        {q.question.name}
                      </option>
                    ))}
                  </select>
                </div>
                <label className="choice">
                  <input type="checkbox" checked={it.required} onChange={(e) => setInteractions(interactions.map((x, j) => (j === i ? { ...x, required: e.target.checked } : x)))} />
                  {t('learn-require-correct')}
                </label>
              </div>
            ))}
            <button type="button" className="secondary" onClick={() => setInteractions([...interactions, { at: '0', question: '', required: false }])}>
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
