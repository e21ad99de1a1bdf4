import { useState } from 'react';
import { learning } from '../../api/learning';
import { useAuth } from '../../auth/AuthContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { Link, useLocation, useParams } from '../../router';
import { CourseStatus, paths, SignInFirst, useTeacher } from './common';

/** The territory's course catalog; instructors also see drafts and can start a course. */
export default function Catalog() {
  const { code = '' } = useParams();
  const t = useT();
  const { me } = useAuth();
  const teacher = useTeacher(code);
  const { navigate } = useLocation();
  const courses = useApi((signal) => (me ? learning.courses(code, { signal }) : Promise.resolve([])), `courses-${code}-${me?.user_id ?? ''}`);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [language, setLanguage] = useState(me?.language ?? 'en');
  const [enrollment, setEnrollment] = useState('open');
  const create = useSubmit(async () => {
    const c = await learning.createCourse(code, { title, summary, language, enrollment });
    navigate(paths.edit(code, c.id));
  });
  return (
    <>
      <p>
        <Link to={`/t/${code}`}>← {t('learn-back-territory')}</Link>
      </p>
      <PageHeading title={t('learn-catalog-title', { territory: code.toUpperCase() })} />
      {me === null && <SignInFirst />}
      {me === undefined && <Loading />}
      {courses.error !== undefined && <ErrorMessage error={courses.error} onRetry={courses.reload} />}
      {me && courses.loading && !courses.data && <Loading />}
      {me && courses.data && (
        <>
          {courses.data.length === 0 && <p>{t('learn-catalog-empty')}</p>}
          <ul className="learn-list" data-testid="catalog">
            {courses.data.map((c) => (
              <li key={c.id}>
                <h2>
                  <Link to={paths.course(code, c.id)}>{c.title}</Link>
                </h2>
                <p className="muted">
                  {teacher && <CourseStatus status={c.status} />} {t(`learn-enrollment-${c.enrollment}`)} · {c.language}
                  {c.badge ? ` · ${t('learn-badge-named', { name: c.badge.name })}` : ''}
                </p>
                <div className="learn-html" dangerouslySetInnerHTML={{ __html: c.summary_html }} />
              </li>
            ))}
          </ul>
        </>
      )}
      {teacher && (
        <section className="card" aria-labelledby="new-course">
          <h2 id="new-course">{t('learn-new-course')}</h2>
          <Form submission={create} submitLabel={t('learn-create-course')} label={t('learn-new-course')}>
            <Field label={t('learn-course-title')} name="title" required value={title} onChange={(e) => setTitle(e.target.value)} error={create.fields.title} />
            <div className="field">
              <label htmlFor="course-summary">{t('learn-course-summary')}</label>
              <textarea id="course-summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
            </div>
            <Field label={t('learn-course-language')} name="language" required value={language} onChange={(e) => setLanguage(e.target.value)} error={create.fields.language} />
            <div className="field">
              <label htmlFor="course-enrollment">{t('learn-course-enrollment')}</label>
              <select id="course-enrollment" value={enrollment} onChange={(e) => setEnrollment(e.target.value)}>
                <option value="open">{t('learn-enrollment-open')}</option>
                <option value="approval">{t('learn-enrollment-approval')}</option>
              </select>
            </div>
          </Form>
        </section>
      )}
    </>
  );
}
