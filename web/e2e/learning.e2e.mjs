// End-to-end tests of the learning screens, Debian Chromium against a real `unityplan serve`
// in embedded mode:
//   1. an instructor (role granted through the admin API by a CLI-created admin) creates a
//      course, adds a lesson, imports a GIFT file (per-question warnings shown), builds a timed
//      quiz and publishes;
//   2. a learner registers, confirms the email (mail read from the server's outbox), turns on
//      two-step verification, signs in with a TOTP code, enrols, reads the lesson, takes the
//      timed quiz (the timer follows the server's deadline even with a wrong device clock) and
//      sees the grade;
//   3. an essay waits in the grading queue and is graded by rubric in the instructor's screen;
//   4. an interactive video pauses for its question, requires a right answer and undoes a
//      seek past it;
//   5. time over: the timer reaches 0:00 and the server's auto-submit closes the attempt;
//   6. offline mid-quiz: answers are queued in the IndexedDB outbox, a lesson read before opens
//      from the service worker's cache, and back online the answers arrive at the server exactly
//      once (interactive mode counts every try, so a duplicate would show).
// Screenshots of the main learning screens land in web/test-results/ (each also runs axe).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { apiPaths, apiSignIn, CHROMIUM, CHROMIUM_FLAGS, createPlatformAdmin, grantRole, jsonClient, mailWith, registerVerified as registerOver, startIdentityServer, WEB } from './server.mjs';
import { axeViolations } from './axe.mjs';

const SHOTS = join(WEB, 'test-results');
mkdirSync(SHOTS, { recursive: true });
const shot = async (page, name) => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  assert.deepEqual(await axeViolations(page), [], `accessibility violations on ${name}`);
};

const paths = apiPaths();
const available = paths.includes('/api/v1/t/{territory}/courses') && paths.includes('/api/v1/auth/login');
const why = 'the learning or identity API is not in this binary (see its OpenAPI document)';
if (!available && process.env.UNITYPLAN_TEST_REQUIRE_ALL === '1') throw new Error(why);
const skip = available ? false : why;

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s). */
function totp(secret, step) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
const stepNow = () => Math.floor(Date.now() / 30_000);
async function awayFromStepEnd(marginMs = 5_000) {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < marginMs) await new Promise((r) => setTimeout(r, left + 100));
}

const tokenIn = (mail, path) => {
  const match = mail.match(new RegExp(`${path}\\?token=([A-Za-z0-9_\\-.~%]+)`));
  assert.ok(match, `a ${path} link in the mail`);
  return decodeURIComponent(match[1]);
};

const PASSWORD = 'correct horse battery staple';
// A GIFT file with the auto-graded types; `[html]` makes the importer warn about that question.
const GIFT = `$CATEGORY: basics

::Capital::[html]What is the capital of <b>Denmark</b>? {=Copenhagen ~Oslo ~Stockholm}

::Sky::The sky on a clear day is blue. {T}

::Sum::What is 2 + 2? {#4:0}

::Match::Match each country to its capital. {
  =Denmark -> Copenhagen
  =Sweden -> Stockholm
  =Norway -> Oslo
}

::Yes::The Danish word for "yes" is {=ja}.
`;

/** In the page: record a 3-second 160×90 WebM from a canvas; returns it base64-encoded. */
async function recordClip() {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 90;
  const ctx = canvas.getContext('2d');
  const recorder = new MediaRecorder(canvas.captureStream(10), { mimeType: 'video/webm' });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  let frame = 0;
  const draw = setInterval(() => {
    ctx.fillStyle = `hsl(${(frame++ * 12) % 360} 60% 50%)`;
    ctx.fillRect(0, 0, 160, 90);
  }, 100);
  recorder.start(250);
  await new Promise((r) => setTimeout(r, 3000));
  recorder.stop();
  await new Promise((r) => (recorder.onstop = r));
  clearInterval(draw);
  const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
}

// Moodle XML with one supported question and one of a type UnityPlan does not keep.
const MOODLE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Island</text></name>
    <questiontext format="html"><text>Bornholm is an island.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="calculated">
    <name><text>Area</text></name>
    <questiontext format="html"><text>What is {a} times {b}?</text></questiontext>
    <answer fraction="100"><text>{a}*{b}</text></answer>
  </question>
</quiz>
`;

let server;
let browser;

/** Signed in over the API as `login` (the tests' shared password). */
const apiAs = (login) => apiSignIn(server.url, login, PASSWORD);

/** Shared between the tests, which run in order. */
const state = {};

/** The browser context's session, for asking the server directly. */
async function apiOf(context) {
  const cookies = await context.cookies();
  return jsonClient(server.url, cookies.map((c) => `${c.name}=${c.value}`).join('; '));
}

const registerVerified = (handle) => registerOver(server, handle, PASSWORD);

describe('learning screens', { skip }, () => {
  before(async () => {
    server = await startIdentityServer();
    // The first platform admin comes from the CLI (no default accounts exist).
    createPlatformAdmin(server, PASSWORD);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an instructor builds a course, imports GIFT (warnings shown), makes a timed quiz and publishes', async () => {
    // The admin grants the instructor role in Denmark to a fresh account.
    const teacherId = await registerVerified('teacher');
    const admin = await apiAs('root');
    await grantRole(admin, teacherId, 'instructor');

    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(server.url + '/sign-in');
    await page.getByLabel('Handle or email address').fill('teacher');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    // Territory home → courses → new course.
    await page.goto(server.url + '/t/DK');
    await page.getByRole('link', { name: 'Courses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Courses · DK' }).waitFor();
    const newCourse = page.getByRole('form', { name: 'New course' });
    await newCourse.getByLabel('Title').fill('Danish for beginners');
    await newCourse.getByLabel('Summary (Markdown)').fill('Say **hello** in Danish.');
    await newCourse.getByRole('button', { name: 'Create course' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit: Danish for beginners' }).waitFor();
    assert.match(page.url(), /\/learn\/courses\/[0-9a-f-]{36}\/edit$/);
    state.course = page.url().match(/courses\/([0-9a-f-]{36})/)[1];

    // A module with a text lesson (the Markdown holds a script that must not survive).
    await page.getByLabel('Module title').fill('Basics');
    await page.getByRole('button', { name: 'Add module' }).click();
    await page.getByText('Add a lesson to Basics').click();
    const lessonForm = page.getByRole('form', { name: 'Add lesson' });
    await lessonForm.getByLabel('Lesson title').fill('Greetings');
    await lessonForm.getByLabel('Text (Markdown)').fill('# Hej\n\nWelcome to **Danish**.\n\n<script>window.__xss = 1</script>');
    await lessonForm.getByRole('button', { name: 'Add lesson' }).click();
    await page.getByRole('link', { name: 'Greetings' }).waitFor();

    // A second module, moved to the top, then deleted (after the confirmation dialog).
    page.on('dialog', (d) => void d.accept());
    await page.getByLabel('Module title').fill('Extras');
    await page.getByRole('button', { name: 'Add module' }).click();
    await page.getByRole('button', { name: 'Move “Extras” up' }).click();
    await page.waitForFunction(() => document.querySelector('#modules ~ section h3')?.textContent === 'Extras');
    await page.getByRole('button', { name: 'Delete “Extras”' }).click();
    await page.getByRole('heading', { level: 3, name: 'Extras' }).waitFor({ state: 'detached' });
    assert.equal(await page.locator('#modules ~ section h3').first().innerText(), 'Basics');

    // Import the GIFT file: five questions, a warning for the [html] one, listed per question.
    const importForm = page.getByRole('form', { name: 'Import questions' });
    await importForm.getByLabel('Format').selectOption('gift');
    await importForm.getByLabel('Or paste the text').fill(GIFT);
    await importForm.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-summary').getByText('5 questions imported.').waitFor();
    const warnings = await page.getByTestId('import-warnings').innerText();
    assert.match(warnings, /Question 1 \(Capital\): .*HTML/);
    await page.getByTestId('bank').getByRole('rowheader', { name: 'Match' }).waitFor();

    // A Moodle XML file: the true/false question is imported, the `calculated` one is listed as
    // skipped with its reason (never dropped silently).
    await importForm.getByLabel('Format').selectOption('moodle_xml');
    await importForm.getByLabel('Or paste the text').fill(MOODLE_XML);
    await importForm.getByRole('button', { name: 'Import' }).click();
    await page.getByTestId('import-summary').getByText('One question imported.').waitFor();
    assert.match(await page.getByTestId('import-skipped').innerText(), /Question 2 \(Area\): question type `calculated` is not supported/);

    // Correct a question: the form is filled from the bank, the save makes version 2.
    await page.getByRole('button', { name: 'Edit “Sky”' }).click();
    const editForm = page.getByRole('form', { name: 'Edit “Sky”' });
    assert.equal(await editForm.getByLabel('Name').inputValue(), 'Sky');
    await editForm.getByLabel(/^Question text/).fill('The sky on a clear day is blue.');
    await editForm.getByRole('button', { name: 'Save question' }).click();
    await page.getByText('“Sky” is now version 2; 0 finished attempts were regraded.').waitFor();

    // A timed quiz over the five questions, in this order.
    const quizForm = page.getByRole('form', { name: 'New quiz' });
    await quizForm.getByLabel('Quiz title').fill('Checkpoint');
    for (const name of ['Capital', 'Sky', 'Sum', 'Match', 'Yes']) await quizForm.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();
    await quizForm.getByLabel('Time limit (minutes)').fill('5');
    await quizForm.getByLabel('Grade to pass (%)').fill('60');
    await quizForm.getByLabel('Shuffle the choices of choice questions in each attempt').check();
    await quizForm.getByRole('button', { name: 'Add a grade band' }).click();
    await quizForm.getByLabel('Below grade (%; 100 includes 100)').fill('60');
    await quizForm.getByLabel('Feedback for this band').first().fill('Keep practising.');
    await quizForm.getByRole('button', { name: 'Add a grade band' }).click();
    await quizForm.getByLabel('Feedback for this band').nth(1).fill('Well done!');
    await quizForm.getByRole('button', { name: 'Create quiz' }).click();
    await page.getByText('Quiz “Checkpoint” created.').waitFor();

    // A completion badge valid for a year.
    const settings = page.getByRole('form', { name: 'Course settings' });
    await settings.getByLabel('Completion badge (name)').fill('Danish A1');
    await settings.getByLabel(/^Badge valid for/).fill('365');
    await settings.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();

    // Publish.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The course is published.').waitFor();
    await page.getByRole('button', { name: 'Archive' }).waitFor();
    await shot(page, 'learning-editor');

    // A follow-up course that requires this one, published too.
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.getByRole('link', { name: 'All courses' }).click();
    await newCourse.getByLabel('Title').fill('Danish A2');
    await newCourse.getByRole('button', { name: 'Create course' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit: Danish A2' }).waitFor();
    await page.getByRole('form', { name: 'Course settings' }).getByRole('checkbox', { name: 'Danish for beginners' }).check();
    await page.getByRole('form', { name: 'Course settings' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The course is published.').waitFor();
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.getByTestId('prerequisites').getByRole('link', { name: 'Danish for beginners' }).waitFor();

    // The catalog shows both; instructors see their status.
    await page.getByRole('link', { name: 'All courses' }).click();
    const catalog = page.getByTestId('catalog');
    await catalog.getByRole('link', { name: 'Danish for beginners' }).waitFor();
    assert.match(await catalog.innerText(), /Published/);
    await shot(page, 'learning-catalog');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a learner registers, confirms, signs in with TOTP, enrols, takes the timed quiz and sees the grade', async () => {
    assert.ok(state.course, 'the instructor test made a course');
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    // The device clock is two minutes slow: the timer must still follow the server's deadline.
    await context.addInitScript(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() - 120_000;
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    const handle = `learner${Date.now() % 100000}`;
    const email = `${handle}@example.org`;

    await page.goto(server.url + '/register');
    await page.getByLabel('Home territory').selectOption('DK');
    await page.getByLabel('Handle').fill(handle);
    await page.getByLabel('Display name').fill('Lærke Learner');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`We sent a confirmation link to ${email}`).waitFor();
    const mail = await mailWith(server.dataDir, email);
    await page.goto(`${server.url}/verify-email?token=${encodeURIComponent(tokenIn(mail, '/verify-email'))}`);
    await page.getByText('Your email address is confirmed.').waitFor();

    // Sign in, turn on two-step verification, sign out, sign in again with a TOTP code.
    await page.goto(server.url + '/sign-in');
    await page.getByLabel('Handle or email address').fill(handle);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Two-step verification' }).click();
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    await awayFromStepEnd();
    await page.getByLabel(/6-digit code/).fill(totp(secret, stepNow() - 1));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByTestId('recovery-codes').waitFor();
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto(server.url + '/sign-in');
    await page.getByLabel('Handle or email address').fill(handle);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel(/6-digit code/).fill(totp(secret, stepNow()));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    // The follow-up course names what it requires and refuses enrolment, in words.
    await page.goto(server.url + '/t/DK');
    await page.getByRole('link', { name: 'Courses' }).click();
    await page.getByTestId('catalog').getByRole('link', { name: 'Danish A2' }).click();
    await page.getByTestId('prerequisites').getByRole('link', { name: 'Danish for beginners' }).waitFor();
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByText('Complete the courses this one requires first.').waitFor();
    state.followUp = page.url();

    // Catalog → course → enrol.
    await page.goto(server.url + '/t/DK');
    await page.getByRole('link', { name: 'Courses' }).click();
    await page.getByTestId('catalog').getByRole('link', { name: 'Danish for beginners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Danish for beginners' }).waitFor();
    // In Danish too.
    await page.getByLabel('Language').selectOption('da');
    await page.getByRole('button', { name: 'Tilmeld dig' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dine fremskridt' }).waitFor();
    await shot(page, 'learning-course-da');
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByText('You are enrolled.').waitFor();
    await page.getByText('Lessons done: 0 of 1').waitFor();

    // The lesson: Markdown rendered, the script removed by the server's sanitiser. It is read
    // through the service worker, which keeps a copy for offline reading (used below).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.getByRole('link', { name: 'Greetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Greetings' }).waitFor();
    state.lessonUrl = page.url();
    const html = await page.getByTestId('lesson-html').innerHTML();
    assert.match(html, /<strong>Danish<\/strong>/);
    assert.doesNotMatch(html, /<script/);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    await shot(page, 'learning-lesson');
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await page.getByText('You have completed this lesson.').waitFor();
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.getByText('Lessons done: 1 of 1').waitFor();
    await shot(page, 'learning-course');

    // The quiz: rules, then an attempt with a timer.
    await page.getByRole('link', { name: 'Checkpoint' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkpoint' }).waitFor();
    assert.match(await page.getByTestId('quiz-rules').innerText(), /5 min/);
    await shot(page, 'learning-quiz');
    await page.getByRole('button', { name: 'Start or continue an attempt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Checkpoint · attempt 1' }).waitFor();
    const attempt = page.url().match(/attempts\/([0-9a-f-]{36})/)[1];
    state.learnerContext = context;
    state.learnerPage = page;

    // The timer shows the time to the server's deadline, by the server's clock (the device
    // clock is 2 minutes slow; a client-side guess would show about 7:00).
    const r = await (await apiOf(context)).get(`/api/v1/t/DK/attempts/${attempt}`);
    assert.equal(r.status, 200, r.text);
    const serverLeft = (Date.parse(r.json().deadline) - Date.parse(r.headers.get('date'))) / 1000;
    const shown = (await page.getByTestId('timer').innerText()).split(':').map(Number);
    const shownSecs = shown[0] * 60 + shown[1];
    assert.ok(Math.abs(shownSecs - serverLeft) <= 3, `timer ${shownSecs}s vs server ${serverLeft}s`);
    assert.ok(shownSecs <= 300 && shownSecs > 240, `timer ${shownSecs}s within the 5-minute limit`);

    // Answer: single choice, true/false, numeric, matching, fill in the blank.
    const slot = (n) => page.getByTestId(`slot-${n}`);
    await slot(1).getByLabel('Copenhagen').check();
    await slot(2).getByLabel('True').check();
    await slot(3).getByLabel(/Your answer/).fill('4');
    await slot(4).getByLabel('Denmark').selectOption('Copenhagen');
    await slot(4).getByLabel('Sweden').selectOption('Stockholm');
    await slot(4).getByLabel('Norway').selectOption('Oslo');
    await slot(5).getByLabel('Blank 1').fill('ja');
    for (const n of [1, 2, 3, 4, 5]) {
      await slot(n).getByRole('button', { name: 'Save answer' }).click();
      await page.waitForFunction((s) => !/Not answered|waiting/.test(document.querySelector(`[data-testid="slot-${s}-status"]`)?.textContent ?? ''), n);
    }
    await shot(page, 'learning-attempt');
    await page.getByRole('button', { name: 'Submit all and finish' }).click();
    await page.getByTestId('review').waitFor();
    assert.match(await page.getByTestId('attempt-grade').innerText(), /Grade: 100%/);
    assert.equal(await page.getByTestId('overall-feedback').innerText(), 'Well done!');
    await shot(page, 'learning-review');

    // The quiz page shows the grade by the grading method, passed.
    await page.getByRole('link', { name: 'Back to the quiz' }).click();
    await page.getByTestId('quiz-grade').getByText('passed').waitFor();
    assert.match(await page.getByTestId('quiz-grade').innerText(), /Grade: 100%/);
    assert.deepEqual(errors, []);
  });

  it('an essay waits in the grading queue; the instructor grades it by rubric; the learner sees the grade', async () => {
    const { learnerPage: page } = state;
    assert.ok(page, 'the learner test left a signed-in page');
    const teacher = await apiAs('teacher');
    const q = await teacher.post(`/api/v1/t/DK/courses/${state.course}/questions`, {
      category: 'writing',
      question: { name: 'Town', text: 'Describe your town.', kind: { type: 'essay', rubric: [{ description: 'Mentions the harbour', points: 2 }] } },
    });
    assert.equal(q.status, 201, q.text);
    const quiz = await teacher.post(`/api/v1/t/DK/courses/${state.course}/quizzes`, {
      title: 'Writing',
      settings: {},
      slots: [{ type: 'fixed', question_id: q.json().id }],
    });
    assert.equal(quiz.status, 201, quiz.text);

    // The learner writes and submits; the grade waits for a person.
    await page.goto(`${server.url}/t/DK/learn/quizzes/${quiz.json().id}`);
    await page.getByRole('button', { name: 'Start or continue an attempt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Writing · attempt 1' }).waitFor();
    const attemptUrl = page.url();
    await page.getByTestId('slot-1').getByLabel('Your answer').fill('Our town has a small harbour and a church.');
    await page.getByTestId('slot-1').getByRole('button', { name: 'Save answer' }).click();
    await page.getByTestId('slot-1-status').getByText('Answer saved').waitFor();
    await page.getByRole('button', { name: 'Submit all and finish' }).click();
    await page.getByTestId('attempt-grade').getByText('Some answers wait for an instructor').waitFor();

    // The instructor grades it from the queue, by rubric points, with a comment.
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const tp = await context.newPage();
    await tp.goto(server.url + '/sign-in');
    await tp.getByLabel('Handle or email address').fill('teacher');
    await tp.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await tp.getByRole('button', { name: 'Sign in', exact: true }).click();
    await tp.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await tp.goto(`${server.url}/t/DK/learn/courses/${state.course}`);
    await tp.getByRole('link', { name: 'Grading queue' }).click();
    await tp.getByRole('heading', { level: 1, name: 'Grading queue' }).waitFor();
    await tp.getByText('Our town has a small harbour and a church.').waitFor();
    await shot(tp, 'learning-grading');
    await tp.getByLabel('Mentions the harbour (0–2 points)').fill('2');
    await tp.getByLabel('Comment for the learner').fill('Good: the harbour is there.');
    await tp.getByRole('button', { name: 'Save grade' }).click();
    await tp.getByText('Nothing is waiting to be graded.').waitFor();
    await context.close();

    // The learner's review now has the grade.
    await page.goto(attemptUrl);
    await page.getByTestId('attempt-grade').getByText('Grade: 100%').waitFor();
  });

  it('interactive video: pauses at the question, requires a right answer, prevents skipping', async () => {
    const { learnerPage: page } = state;
    assert.ok(page, 'the learner test left a signed-in page');
    const teacher = await apiAs('teacher');
    // A 3-second WebM recorded from a canvas in the browser (no video files in the repository).
    const webm = Buffer.from(await page.evaluate(recordClip), 'base64');
    const up = await fetch(`${server.url}/api/v1/t/DK/courses/${state.course}/files`, {
      method: 'POST',
      headers: { Cookie: teacher.cookie, 'Content-Type': 'video/webm' },
      body: webm,
    });
    const uploaded = await up.text();
    assert.equal(up.status, 201, uploaded);
    const sha = JSON.parse(uploaded).file.sha256;
    const q = await teacher.post(`/api/v1/t/DK/courses/${state.course}/questions`, {
      question: { name: 'Flag', text: 'Which colour is on the Danish flag?', kind: { type: 'single_choice', choices: [{ text: 'Red', fraction: 1 }, { text: 'Green', fraction: 0 }] } },
    });
    assert.equal(q.status, 201, q.text);
    const outline = await teacher.get(`/api/v1/t/DK/courses/${state.course}`);
    const module = outline.json().modules[0].id;
    const lesson = await teacher.post(`/api/v1/t/DK/modules/${module}/lessons`, {
      title: 'Flag video',
      content: {
        type: 'video',
        source: { file: sha },
        markdown: 'Watch and answer.',
        interactions: [{ at_secs: 1, question_id: q.json().id, require_correct: true }],
        prevent_skipping: true,
      },
    });
    assert.equal(lesson.status, 201, lesson.text);

    await page.goto(`${server.url}/t/DK/learn/lessons/${lesson.json().id}`);
    await page.getByRole('heading', { level: 1, name: 'Flag video' }).waitFor();
    // Completing before answering is refused, in words.
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await page.getByText("Answer the video's questions first").waitFor();

    const video = page.getByTestId('lesson-video');
    await video.evaluate((v) => {
      v.muted = true;
      return v.play();
    });
    // Playback pauses at the question (1 s), whose panel takes focus.
    const panel = page.getByRole('dialog', { name: 'Question in the video' });
    await panel.waitFor({ timeout: 15_000 });
    assert.equal(await video.evaluate((v) => v.paused), true);
    assert.ok(Math.abs((await video.evaluate((v) => v.currentTime)) - 1) < 0.3);
    // Prevent skipping: a seek past the open question jumps back to it.
    await video.evaluate((v) => {
      v.currentTime = 2.5;
    });
    await page.waitForTimeout(500);
    assert.ok((await video.evaluate((v) => v.currentTime)) < 1.3, 'the seek past the question was undone');
    await shot(page, 'learning-video-question');
    // A wrong answer does not let playback continue; a right one does.
    await panel.getByLabel('Green').check();
    await panel.getByRole('button', { name: 'Check' }).click();
    await panel.getByText('Not quite. Try again to continue.').waitFor();
    assert.equal(await panel.getByRole('button', { name: 'Continue the video' }).count(), 0);
    await panel.getByLabel('Red').check();
    await panel.getByRole('button', { name: 'Check' }).click();
    await panel.getByRole('button', { name: 'Continue the video' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="lesson-video"]').paused || document.querySelector('[data-testid="lesson-video"]').ended);
    // Now that the question is answered, the same kind of seek is allowed (so the jump back
    // above was the rule, not a file that cannot seek).
    await video.evaluate((v) => {
      v.pause();
      v.currentTime = 1.8;
    });
    await page.waitForTimeout(500);
    assert.ok((await video.evaluate((v) => v.currentTime)) > 1.5, 'a seek past an answered question is allowed');
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await page.getByText('You have completed this lesson.').waitFor();

    // Every lesson done (no quiz is required): the course is complete, with its certificate
    // and the badge, and the follow-up course now accepts the enrolment.
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await page.getByText('Lessons done: 2 of 2').waitFor();
    await page.getByText(/^Course completed on /).waitFor();
    assert.match(await page.getByTestId('badge').innerText(), /Danish A1 valid until /);
    assert.match(await page.getByRole('definition').filter({ has: page.locator('code') }).innerText(), /\S{6,}/);
    await shot(page, 'learning-completed');
    await page.goto(state.followUp);
    await page.getByRole('button', { name: 'Enrol' }).click();
    await page.getByText('You are enrolled.').waitFor();
  });

  it('time over: the timer reaches 0:00 and the server submits the saved answers (auto-submit)', async () => {
    const { learnerPage: page } = state;
    assert.ok(page, 'the learner test left a signed-in page');
    const teacher = await apiAs('teacher');
    const q = await teacher.post(`/api/v1/t/DK/courses/${state.course}/questions`, {
      question: { name: 'Quick', text: 'Is 7 a prime number?', kind: { type: 'true_false', correct: true } },
    });
    assert.equal(q.status, 201, q.text);
    const quiz = await teacher.post(`/api/v1/t/DK/courses/${state.course}/quizzes`, {
      title: 'Sprint',
      settings: { time_limit_secs: 8, overdue: 'auto_submit' },
      slots: [{ type: 'fixed', question_id: q.json().id }],
    });
    assert.equal(quiz.status, 201, quiz.text);
    await page.goto(`${server.url}/t/DK/learn/quizzes/${quiz.json().id}`);
    await page.getByRole('button', { name: 'Start or continue an attempt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sprint · attempt 1' }).waitFor();
    await page.getByTestId('slot-1').getByLabel('True').check();
    await page.getByTestId('slot-1').getByRole('button', { name: 'Save answer' }).click();
    await page.getByTestId('slot-1-status').getByText('Answer saved').waitFor();
    // No submit: the time runs out, the page shows the attempt the server closed.
    await page.getByTestId('timer').getByText('0:00').waitFor({ timeout: 15_000 });
    await page.getByTestId('review').waitFor({ timeout: 30_000 });
    assert.match(await page.getByTestId('attempt-grade').innerText(), /Grade: 100%/);
  });

  it('offline mid-quiz: answers wait in the outbox and reach the server exactly once', async () => {
    const { learnerContext: context, learnerPage: page } = state;
    assert.ok(page, 'the learner test left a signed-in page');
    // An interactive practice quiz (each saved answer is a try, so a duplicate would count twice).
    const teacher = await apiAs('teacher');
    const ids = [];
    for (const [name, kind] of [
      ['Colour', { type: 'single_choice', choices: [{ text: 'Red', fraction: 1 }, { text: 'Blue', fraction: 0 }] }],
      ['Count', { type: 'numeric', answers: [{ value: 3, tolerance: 0, fraction: 1 }] }],
    ]) {
      const q = await teacher.post(`/api/v1/t/DK/courses/${state.course}/questions`, {
        category: 'practice',
        question: { name, text: `${name}?`, kind, hints: ['Think again.'] },
      });
      assert.equal(q.status, 201, q.text);
      ids.push(q.json().id);
    }
    const quiz = await teacher.post(`/api/v1/t/DK/courses/${state.course}/quizzes`, {
      title: 'Practice',
      settings: { feedback_mode: 'interactive' },
      slots: ids.map((question_id) => ({ type: 'fixed', question_id })),
    });
    assert.equal(quiz.status, 201, quiz.text);
    const quizId = quiz.json().id;

    await page.goto(`${server.url}/t/DK/learn/quizzes/${quizId}`);
    await page.getByRole('button', { name: 'Start or continue an attempt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice · attempt 1' }).waitFor();
    const attempt = page.url().match(/attempts\/([0-9a-f-]{36})/)[1];
    // The learner's session, outside the browser, to ask the server what arrived.
    const learner = await apiOf(context);
    const tries = async () => {
      const r = await learner.get(`/api/v1/t/DK/attempts/${attempt}`);
      assert.equal(r.status, 200, r.text);
      return r.json().slots.map((s) => s.tries);
    };
    assert.deepEqual(await tries(), [0, 0]);

    // Offline: both answers (wrong ones, so another try would still be allowed) wait in the outbox.
    await context.setOffline(true);
    const slot = (n) => page.getByTestId(`slot-${n}`);
    await slot(1).getByLabel('Blue').check();
    await slot(1).getByRole('button', { name: 'Check' }).click();
    await slot(2).getByLabel(/Your answer/).fill('4');
    await slot(2).getByRole('button', { name: 'Check' }).click();
    await slot(1).getByText('Saved on this device, waiting to be sent').waitFor();
    await slot(2).getByText('Saved on this device, waiting to be sent').waitFor();
    await page.getByText('2 changes are waiting to sync.').waitFor();
    await shot(page, 'learning-offline-answers');
    assert.deepEqual(await tries(), [0, 0], 'nothing reached the server while offline');

    // Still offline, a lesson read before opens from the service worker's copy.
    const attemptUrl = page.url();
    await page.goto(state.lessonUrl);
    await page.getByRole('heading', { level: 1, name: 'Greetings' }).waitFor();
    assert.match(await page.getByTestId('lesson-html').innerHTML(), /<strong>Danish<\/strong>/);
    await page.getByText('2 changes are waiting to sync.').waitFor();
    await shot(page, 'learning-offline-lesson');

    // Back online: the outbox (it runs on every page) sends each answer once, with its key.
    await context.setOffline(false);
    await page.waitForFunction(() => !/waiting to sync/.test(document.body.innerText), null, { timeout: 40_000 });
    assert.deepEqual(await tries(), [1, 1], 'each answer arrived exactly once');
    await page.goto(attemptUrl);
    await slot(1).getByText('Wrong').waitFor();
    await slot(2).getByText('Wrong').waitFor();
    await slot(1).getByText('Hint: Think again.').waitFor();
    // A later sync finds nothing left to send, and the server still counts one try each.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(await tries(), [1, 1]);
    await context.close();
  });
});
