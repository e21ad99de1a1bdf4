// Learning API calls (courses, lessons, question bank, quizzes, attempts, grading). Types come
// from the generated OpenAPI schema, so a change on the server fails the type check here.
import { api, ApiError, NETWORK_UNREACHABLE, readResponse, type RequestOptions } from './client';
import type { components } from './schema';

type S = components['schemas'];
export type Course = S['Course'];
export type CourseInput = S['CourseInput'];
export type CoursePage = S['CoursePage'];
export type ModuleOutline = S['ModuleOutline'];
export type LessonView = S['LessonView'];
export type LessonInput = S['LessonInput'];
export type LessonSource = S['LessonSource'];
export type LessonContent = S['LessonContent'];
export type InteractionView = S['InteractionView'];
export type InteractionResult = S['InteractionResult'];
export type Presented = S['Presented'];
export type AnswerResponse = S['Response'];
export type Progress = S['Progress'];
export type Enrollment = S['Enrollment'];
export type BankQuestion = S['BankQuestion'];
export type BankQuestionInput = S['BankQuestionInput'];
export type ImportSummary = S['ImportSummary'];
export type Quiz = S['Quiz'];
export type QuizInput = S['QuizInput'];
export type QuizSettings = S['QuizSettings'];
export type QuizUpdate = S['QuizUpdate'];
export type AttemptSummary = S['AttemptSummary'];
export type SlotSpec = S['SlotSpec'];
export type AttemptView = S['AttemptView'];
export type SlotView = S['SlotView'];
export type QuizGrade = S['QuizGrade'];
export type QueueItem = S['QueueItem'];
export type ManualGrade = S['ManualGrade'];
export type Uploaded = S['Uploaded'];

const enc = encodeURIComponent;
/** `/api/v1/t/{territory}` for a territory code. */
export const base = (territory: string) => `/api/v1/t/${enc(territory)}`;
/** Where an attempt's answers are posted (also how the outbox items of an attempt are found). */
export const answersUrl = (territory: string, attempt: string) => `${base(territory)}/attempts/${enc(attempt)}/answers`;
/** Where an attempt is submitted. */
export const submitUrl = (territory: string, attempt: string) => `${base(territory)}/attempts/${enc(attempt)}/submit`;

/** A response body together with the server's clock (its `Date` header) when it answered. */
export interface Timed<T> {
  data: T;
  /** The server's time in ms, estimated at the local time `localAt` (NaN when no Date header). */
  serverAt: number;
  /** Local `Date.now()` halfway through the request. */
  localAt: number;
}

async function timed<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<Timed<T>> {
  const sent = Date.now();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? null : JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, { error: NETWORK_UNREACHABLE, message: e instanceof Error ? e.message : String(e) });
  }
  const received = Date.now();
  const date = response.headers.get('Date');
  const data = await readResponse<T>(response);
  // The Date header is stamped while the answer is produced (about halfway through the round
  // trip) and cut to the second, so the server's time then was within [Date, Date + 1 s). Taking
  // the end of that second errs on the safe side for a deadline: the timer may show up to a
  // second less than is left, never more.
  return { data, serverAt: date ? Date.parse(date) + 1000 : Number.NaN, localAt: (sent + received) / 2 };
}

/** Send a raw body (file upload, GIFT / Moodle XML import). */
async function raw<T>(path: string, body: Blob | string, contentType: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': contentType },
      body,
    });
  } catch (e) {
    throw new ApiError(0, { error: NETWORK_UNREACHABLE, message: e instanceof Error ? e.message : String(e) });
  }
  return readResponse<T>(response);
}

/** Every learning call the web app makes. */
export const learning = {
  courses: (territory: string, o: RequestOptions = {}) => api.get('/api/v1/t/{territory}/courses', { ...o, params: { territory } }),
  createCourse: (territory: string, body: CourseInput) => api.write<Course>('POST', `${base(territory)}/courses`, body),
  coursePage: (territory: string, course: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/courses/{course}', { ...o, params: { territory, course } }),
  updateCourse: (territory: string, course: string, body: CourseInput) =>
    api.write<Course>('PATCH', `${base(territory)}/courses/${enc(course)}`, body),
  /** Delete a course with everything in it; 409 `learner_enrollments_exist` unless `confirm`. */
  deleteCourse: (territory: string, course: string, confirm = false) =>
    api.write<unknown>('DELETE', `${base(territory)}/courses/${enc(course)}${confirm ? '?confirm=true' : ''}`, undefined),
  addModule: (territory: string, course: string, title: string) =>
    api.write<ModuleOutline>('POST', `${base(territory)}/courses/${enc(course)}/modules`, { title } satisfies S['ModuleInput']),
  updateModule: (territory: string, module: string, body: S['ModuleUpdate']) =>
    api.write<CoursePage>('PATCH', `${base(territory)}/modules/${enc(module)}`, body),
  deleteModule: (territory: string, module: string, confirm = false) =>
    api.write<unknown>('DELETE', `${base(territory)}/modules/${enc(module)}${confirm ? '?confirm=true' : ''}`, undefined),
  /** Rename, move or change a lesson's content; 409 `learner_answers_exist` unless `confirm` when video answers would go. */
  updateLesson: (territory: string, lesson: string, body: S['LessonUpdate'], confirm = false) =>
    api.write<CoursePage>('PATCH', `${base(territory)}/lessons/${enc(lesson)}${confirm ? '?confirm=true' : ''}`, body),
  /** A lesson as written (instructors): what the edit form starts from. */
  lessonSource: (territory: string, lesson: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/lessons/{lesson}/source', { ...o, params: { territory, lesson } }),
  deleteLesson: (territory: string, lesson: string, confirm = false) =>
    api.write<unknown>('DELETE', `${base(territory)}/lessons/${enc(lesson)}${confirm ? '?confirm=true' : ''}`, undefined),
  addLesson: (territory: string, module: string, body: LessonInput) =>
    api.write<LessonView>('POST', `${base(territory)}/modules/${enc(module)}/lessons`, body),
  lesson: (territory: string, lesson: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/lessons/{lesson}', { ...o, params: { territory, lesson } }),
  completeLessonUrl: (territory: string, lesson: string) => `${base(territory)}/lessons/${enc(lesson)}/complete`,
  completeLesson: (territory: string, lesson: string) =>
    api.write<Progress>('POST', `${base(territory)}/lessons/${enc(lesson)}/complete`, undefined),
  answerInteraction: (territory: string, lesson: string, index: number, response: AnswerResponse) =>
    api.write<InteractionResult>('POST', `${base(territory)}/lessons/${enc(lesson)}/interactions/${index}`, response),
  upload: (territory: string, course: string, file: Blob, purpose?: 'cover') =>
    raw<Uploaded>(
      `${base(territory)}/courses/${enc(course)}/files${purpose ? `?purpose=${purpose}` : ''}`,
      file,
      file.type || 'application/octet-stream',
    ),
  enroll: (territory: string, course: string) =>
    api.write<Enrollment>('POST', `${base(territory)}/courses/${enc(course)}/enrollments`, undefined),
  enrollments: (territory: string, course: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/courses/{course}/enrollments', { ...o, params: { territory, course } }),
  approve: (territory: string, course: string, user: string) =>
    api.write<Enrollment>('POST', `${base(territory)}/courses/${enc(course)}/enrollments/${enc(user)}/approve`, undefined),
  progress: (territory: string, course: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/courses/{course}/progress', { ...o, params: { territory, course } }),
  questions: (territory: string, course: string, filter: { category?: string; tags?: string } = {}, o: RequestOptions = {}) => {
    const query = new URLSearchParams();
    if (filter.category) query.set('category', filter.category);
    if (filter.tags) query.set('tags', filter.tags);
    const q = query.toString();
    return api.request<BankQuestion[]>('GET', `${base(territory)}/courses/${enc(course)}/questions${q ? `?${q}` : ''}`, o);
  },
  createQuestion: (territory: string, course: string, body: BankQuestionInput) =>
    api.write<BankQuestion>('POST', `${base(territory)}/courses/${enc(course)}/questions`, body),
  /** Delete a bank question; 409 `question_in_use` (the message names the quizzes and lessons). */
  deleteQuestion: (territory: string, question: string) =>
    api.write<unknown>('DELETE', `${base(territory)}/questions/${enc(question)}`, undefined),
  updateQuestion: (territory: string, question: string, body: S['QuestionUpdate']) =>
    api.write<S['UpdateResult']>('PUT', `${base(territory)}/questions/${enc(question)}`, body),
  importQuestions: (territory: string, course: string, format: 'gift' | 'moodle_xml', text: string | Blob) =>
    raw<ImportSummary>(
      `${base(territory)}/courses/${enc(course)}/questions/import?format=${format}`,
      text,
      format === 'gift' ? 'text/plain; charset=utf-8' : 'application/xml',
    ),
  exportUrl: (territory: string, course: string, format: 'gift' | 'moodle_xml') =>
    `${base(territory)}/courses/${enc(course)}/questions/export?format=${format}`,
  createQuiz: (territory: string, course: string, body: QuizInput) =>
    api.write<Quiz>('POST', `${base(territory)}/courses/${enc(course)}/quizzes`, body),
  quiz: (territory: string, quiz: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/quizzes/{quiz}', { ...o, params: { territory, quiz } }),
  updateQuiz: (territory: string, quiz: string, body: QuizUpdate) => api.write<Quiz>('PATCH', `${base(territory)}/quizzes/${enc(quiz)}`, body),
  /** Replace a quiz's questions (fixed and random slots, in order); 409 once attempted. */
  replaceQuizSlots: (territory: string, quiz: string, slots: SlotSpec[]) =>
    api.write<Quiz>('PUT', `${base(territory)}/quizzes/${enc(quiz)}/slots`, { slots } satisfies S['QuizSlotsInput']),
  /** Delete a quiz; 409 `learner_attempts_exist` unless `confirm`. */
  deleteQuiz: (territory: string, quiz: string, confirm = false) =>
    api.write<unknown>('DELETE', `${base(territory)}/quizzes/${enc(quiz)}${confirm ? '?confirm=true' : ''}`, undefined),
  /** The signed-in learner's own attempts at a quiz, oldest first. */
  myAttempts: (territory: string, quiz: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/quizzes/{quiz}/attempts', { ...o, params: { territory, quiz } }),
  quizGrade: (territory: string, quiz: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/quizzes/{quiz}/grade', { ...o, params: { territory, quiz } }),
  /** Start (or resume) an attempt, with the server's clock for the timer. */
  startAttempt: (territory: string, quiz: string, clientId: string) =>
    timed<AttemptView>('POST', `${base(territory)}/quizzes/${enc(quiz)}/attempts`, { client_id: clientId } satisfies S['StartAttempt']),
  /** An attempt, with the server's clock for the timer. */
  attempt: (territory: string, attempt: string, signal?: AbortSignal) =>
    timed<AttemptView>('GET', `${base(territory)}/attempts/${enc(attempt)}`, undefined, signal),
  gradingQueue: (territory: string, course: string, o: RequestOptions = {}) =>
    api.get('/api/v1/t/{territory}/courses/{course}/grading-queue', { ...o, params: { territory, course } }),
  grade: (territory: string, attempt: string, slot: number, body: ManualGrade) =>
    api.write<AttemptView>('POST', `${base(territory)}/attempts/${enc(attempt)}/slots/${slot}/grade`, body),
};

/** Roles that may author courses in a territory (admins imply instructor). */
export function canTeach(grants: ReadonlyArray<S['Grant']> | undefined, territory: string): boolean {
  const code = territory.toUpperCase();
  return (grants ?? []).some(
    (g) =>
      g.role === 'platform_admin' ||
      ((g.role === 'instructor' || g.role === 'territory_admin') && (g.territory ?? '').toUpperCase() === code),
  );
}
