// End-to-end tests of the forum screens: Debian Chromium against a real `unityplan serve` in
// embedded mode (real PostgreSQL). Two members register in Denmark (confirmed through the
// server's mail outbox) and a platform admin is created with the CLI (`unityplan admin
// create`, which makes them a moderator everywhere). One member starts a topic mentioning the
// other; the mention is resolved and shown as a link; the other reacts and replies with a
// quote; a reply written offline waits in the outbox and arrives once; Danish and English
// search find other inflections (stemming); a flag reaches the moderator's queue; the moderator
// locks the topic, the public log shows it, and the member's next reply is refused in words.
// A second test attaches an uploaded image to a new topic, downloads it, and has an HTML file
// refused in words.
// Skipped (saying why) when the binary has no forum or identity API.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { apiPaths, CHROMIUM, CHROMIUM_FLAGS, createPlatformAdmin, mailWith, startIdentityServer, WEB } from './server.mjs';
import { axeViolations } from './axe.mjs';

const SHOTS = join(WEB, 'test-results');
mkdirSync(SHOTS, { recursive: true });
// Every screenshot is also an accessibility check (axe-core, WCAG 2.2 AA rules).
const shot = async (page, name) => {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  assert.deepEqual(await axeViolations(page), [], `accessibility violations on ${name}`);
};

const paths = apiPaths();
const available = paths.includes('/api/v1/t/{territory}/forum/topics') && paths.includes('/api/v1/auth/login');
const why = 'the forum or identity API is not in this binary (no /api/v1/t/{territory}/forum/topics or /api/v1/auth/login)';
if (!available && process.env.UNITYPLAN_TEST_REQUIRE_ALL === '1') throw new Error(why);
const skip = available ? false : why;

const PASSWORD = 'correct horse battery staple';

/** Register a member through the API and confirm the email with the mailed link. */
async function registerMember(server, territory, handle, displayName) {
  const email = `${handle}@example.org`;
  const response = await fetch(`${server.url}/api/v1/t/${territory}/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ handle, email, password: PASSWORD, display_name: displayName, language: 'en' }),
  });
  assert.equal(response.status, 201, await response.text());
  const mail = await mailWith(server.dataDir, email);
  const match = mail.match(/\/verify-email\?token=([A-Za-z0-9_\-.~%]+)/);
  assert.ok(match, 'a verification link in the mail');
  const verified = await fetch(`${server.url}/api/v1/auth/verify-email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: decodeURIComponent(match[1]) }),
  });
  assert.ok(verified.ok, `verify-email answered ${verified.status}`);
}

let server;
let browser;

describe('forum screens', { skip }, () => {
  before(async () => {
    server = await startIdentityServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signedIn(login) {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    page.on('dialog', (d) => void d.accept());
    await page.goto(server.url + '/sign-in');
    await page.getByLabel('Handle or email address').fill(login);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    return { context, page, errors };
  }

  it('topic with a mention, reactions, quote reply, offline reply, Danish and English search, flag, lock and the moderation log', async () => {
    const n = Date.now() % 100000;
    const ada = `ada${n}`;
    const bo = `bo${n}`;
    const mod = `mod${n}`;
    await registerMember(server, 'DK', ada, 'Ada Andersen');
    await registerMember(server, 'DK', bo, 'Bo Berg');
    // The moderator: a platform admin made with the CLI against the running server's database.
    createPlatformAdmin(server, PASSWORD, { handle: mod, displayName: 'Mona Moderator' });

    // Moderator: create a category in Denmark and one in the United Kingdom.
    const m = await signedIn(mod);
    for (const [territory, name, slug] of [
      ['DK', 'Cykling', 'cykling'],
      ['UK', 'General', 'general'],
    ]) {
      await m.page.goto(`${server.url}/t/${territory}/forum`);
      await m.page.getByRole('heading', { level: 2, name: 'New category' }).waitFor();
      await m.page.getByLabel('Name', { exact: true }).fill(name);
      await m.page.getByLabel('Short name for links').fill(slug);
      await m.page.getByLabel('Description').fill(`${name} talk`);
      await m.page.getByRole('button', { name: 'Create category' }).click();
      await m.page.getByTestId('categories').getByRole('link', { name }).waitFor();
    }

    // Ada: from the territory home to the forum, start a topic mentioning Bo (with a preview).
    const a = await signedIn(ada);
    await a.page.goto(`${server.url}/t/DK`);
    await a.page.getByRole('link', { name: 'Forum', exact: true }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Forum · Denmark' }).waitFor();
    assert.equal(await a.page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new screen');
    await a.page.getByRole('link', { name: 'New topic' }).click();
    await a.page.getByLabel('Category').selectOption({ label: 'Cykling' });
    await a.page.getByLabel('Title').fill('Cykler i byen');
    const body = `Hej @${bo}, jeg elsker **cyklerne** i København.`;
    await a.page.getByLabel('Your post').fill(body);
    await a.page.getByRole('button', { name: 'Preview' }).click();
    assert.match(await a.page.getByTestId('preview').innerHTML(), /<strong>cyklerne<\/strong>/);
    await shot(a.page, 'forum-compose-preview');
    await a.page.getByRole('button', { name: 'Write' }).click();
    await a.page.getByRole('button', { name: 'Post topic' }).click();
    await a.page.getByRole('heading', { level: 1, name: 'Cykler i byen' }).waitFor();
    const topicUrl = a.page.url();
    // The server resolved the mention; the post shows it as a link.
    const mention = a.page.getByTestId('post-body').first().locator('a.mention');
    assert.equal(await mention.innerText(), `@${bo}`);
    await shot(a.page, 'forum-topic-new');

    // Bo: the topic is unread for him; he reacts and replies quoting Ada.
    const b = await signedIn(bo);
    await b.page.goto(`${server.url}/t/DK/forum?sort=unread`);
    const listed = b.page.getByTestId('topics').getByRole('listitem').filter({ hasText: 'Cykler i byen' });
    await listed.waitFor();
    assert.match(await listed.innerText(), /1 unread|one unread/);
    await shot(b.page, 'forum-home');
    await listed.getByRole('link', { name: 'Cykler i byen' }).click();
    await b.page.getByRole('heading', { level: 1, name: 'Cykler i byen' }).waitFor();
    const first = b.page.getByTestId('post').first();
    const thumbs = first.getByRole('button', { name: /^👍/ });
    assert.equal(await thumbs.getAttribute('aria-pressed'), 'false');
    await thumbs.click();
    await first.getByRole('button', { name: /^👍\s*1\s*,\s*one reaction$/ }).waitFor();
    assert.equal(await thumbs.getAttribute('aria-pressed'), 'true');
    // On another device (a fresh browser, nothing stored) the page still knows it was Bo.
    const other = await signedIn(bo);
    await other.page.goto(b.page.url());
    const again = other.page.getByTestId('post').first().getByRole('button', { name: /^👍/ });
    await again.waitFor();
    assert.equal(await again.getAttribute('aria-pressed'), 'true');
    await other.context.close();
    await first.getByRole('button', { name: 'Quote' }).click();
    const reply = b.page.getByLabel('Your reply');
    assert.match(await reply.inputValue(), /^> Hej @/);
    await reply.press('End');
    await reply.fill(`${await reply.inputValue()}Enig, cykler er det bedste.`);
    await b.page.getByRole('button', { name: 'Post reply' }).click();
    const second = b.page.getByTestId('post').nth(1);
    await second.getByText('In reply to #1').waitFor();
    assert.match(await second.getByTestId('post-body').innerHTML(), /<blockquote>/);
    await shot(b.page, 'forum-topic');

    // Ada, offline: the reply waits in the outbox, then arrives exactly once.
    await a.page.reload();
    await a.page.getByTestId('post').nth(1).waitFor();
    // Ada edits her post; the history keeps the first version. She bookmarks Bo's reply.
    const own = a.page.getByTestId('post').first();
    await own.getByRole('button', { name: 'Edit' }).click();
    const editBox = a.page.getByRole('textbox', { name: 'Edit post #1' });
    await editBox.fill(`${body} (rettet)`);
    await own.getByRole('button', { name: 'Save' }).click();
    await own.getByTestId('post-body').getByText('(rettet)').waitFor();
    assert.match(await own.locator('h3').innerText(), /edited/);
    await own.getByRole('button', { name: 'History (2 versions)' }).click();
    const history = own.getByRole('list', { name: 'History (2 versions)' });
    await history.getByText('Version 1', { exact: false }).first().waitFor();
    assert.ok((await history.innerText()).includes('jeg elsker **cyklerne** i København.'), 'the first version is kept');
    await a.page.getByTestId('post').nth(1).getByRole('button', { name: 'Bookmark' }).click();
    await a.page.getByTestId('post').nth(1).getByRole('button', { name: 'Bookmarked' }).waitFor();
    // Authors are named (handle and display name from the people endpoint).
    await a.page.getByTestId('post').nth(1).locator('h3').getByText(`Bo Berg (@${bo}:dk)`).waitFor();
    // Mention autocomplete offers the handles of the topic's authors; Enter inserts one.
    const box = a.page.getByLabel('Your reply');
    await box.fill('Skrevet uden net: vi ses ved cykelstien, @b');
    await a.page.getByRole('list', { name: /Mention suggestions/ }).getByText(`@${bo}`).waitFor();
    await box.press('Enter');
    assert.equal(await box.inputValue(), `Skrevet uden net: vi ses ved cykelstien, @${bo} `);
    await a.context.setOffline(true);
    await a.page.getByRole('button', { name: 'Post reply' }).click();
    await a.page.getByText('You are offline. Your post is saved on this device').waitFor();
    await a.page.getByText('One change is waiting to sync.').waitFor();
    await shot(a.page, 'forum-offline-outbox');
    await a.context.setOffline(false);
    await a.page.getByText('One change is waiting to sync.').waitFor({ state: 'detached', timeout: 40_000 });
    await a.page.reload();
    await a.page.getByTestId('post').nth(2).waitFor();
    assert.equal(await a.page.getByTestId('post').filter({ hasText: 'Skrevet uden net' }).count(), 1, 'the offline reply arrived once');

    // Danish search with stemming: "cyklen" is in no post, but finds "cyklerne"/"cykler".
    await a.page.goto(`${server.url}/t/DK/forum/search`);
    await a.page.getByLabel('Search words').fill('cyklen');
    await a.page.getByRole('button', { name: 'Search', exact: true }).click();
    const hits = a.page.getByTestId('hits');
    await hits.getByRole('link', { name: 'Cykler i byen' }).first().waitFor();
    assert.match(await hits.innerHTML(), /<mark>/i);
    await shot(a.page, 'forum-search-da');
    await a.page.goto(`${server.url}/t/DK/forum/bookmarks`);
    await a.page.getByTestId('bookmarks').getByText('Enig, cykler er det bedste.').waitFor();

    // English territory: the moderator posts; "runs" finds "running".
    await m.page.goto(`${server.url}/t/UK/forum/new`);
    await m.page.getByLabel('Title').fill('Weekend plans');
    await m.page.getByLabel('Your post').fill('We were running through the parks all morning.');
    await m.page.getByRole('button', { name: 'Post topic' }).click();
    await m.page.getByRole('heading', { level: 1, name: 'Weekend plans' }).waitFor();
    await m.page.goto(`${server.url}/t/UK/forum/search?q=runs`);
    await m.page.getByTestId('hits').getByRole('link', { name: 'Weekend plans' }).waitFor();
    assert.match(await m.page.getByTestId('hits').innerHTML(), /<mark>running<\/mark>/i);
    await shot(m.page, 'forum-search-en');

    // Bo flags Ada's opening post; the moderator sees it in the queue and resolves it.
    await b.page.getByTestId('post').first().getByRole('button', { name: 'Flag' }).click();
    await b.page.getByLabel('Reason').selectOption('off_topic');
    await b.page.getByLabel('Note for the moderators (optional)').fill('Not about bikes?');
    await b.page.getByRole('button', { name: 'Send flag' }).click();
    await b.page.getByText('Thank you. The moderators will look at it.').waitFor();
    await m.page.goto(`${server.url}/t/DK/forum/flags`);
    const flag = m.page.getByTestId('flags').getByRole('listitem').filter({ hasText: 'Not about bikes?' });
    await flag.waitFor();
    assert.match(await flag.innerText(), /Off topic/);
    await shot(m.page, 'forum-flags');
    await flag.getByLabel('Decision (public)').fill('It is about bikes.');
    await flag.getByRole('button', { name: 'Resolve' }).click();
    await m.page.getByText('No open flags.').waitFor();

    // Forum settings (territory admins): a smaller emoji set applies to the reaction buttons.
    await m.page.goto(`${server.url}/t/DK/forum/settings`);
    await m.page.getByLabel('Reaction emoji').fill('👍 🎉');
    await m.page.getByRole('button', { name: 'Save' }).click();
    await m.page.getByText('Settings saved.').waitFor();
    await shot(m.page, 'forum-settings');

    // The moderator locks the topic with a reason; the public log shows it.
    await m.page.goto(topicUrl);
    await m.page.getByRole('heading', { level: 2, name: 'Moderation' }).waitFor();
    const reactionButtons = m.page.getByTestId('post').nth(1).getByRole('group', { name: 'Reactions' }).getByRole('button');
    await reactionButtons.first().waitFor();
    assert.equal(await reactionButtons.count(), 2);
    await m.page.getByLabel('Action', { exact: true }).selectOption('lock');
    await m.page.getByLabel('Reason (public)').last().fill('Cooling off the thread');
    await m.page.getByRole('button', { name: 'Apply' }).click();
    await m.page.getByText('Done: Lock.').waitFor();
    await m.page.getByTestId('locked-notice').waitFor();
    await m.page.getByRole('link', { name: 'Moderation log' }).click();
    const log = m.page.getByTestId('mod-log');
    await log.getByText('Cooling off the thread').waitFor();
    const logText = await log.innerText();
    assert.match(logText, /Lock/);
    assert.match(logText, /Flag resolved/);
    await shot(m.page, 'forum-mod-log');

    // Bo still has the topic open: his reply is refused in words.
    await b.page.getByLabel('Your reply').fill('Må jeg stadig svare?');
    await b.page.getByRole('button', { name: 'Post reply' }).click();
    await b.page.getByRole('alert').getByText('This topic is locked, so no one can reply to it any more.').waitFor();
    await shot(b.page, 'forum-locked-refused');
    // After a reload the reply box is gone and the page says why.
    await b.page.reload();
    await b.page.getByTestId('locked-notice').waitFor();
    assert.equal(await b.page.getByLabel('Your reply').count(), 0);

    // Anyone (signed out) can read the public log in Danish.
    const anon = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 } });
    const p = await anon.newPage();
    await p.goto(`${server.url}/t/DK/forum/log`);
    await p.getByRole('heading', { level: 1, name: 'Moderationslog' }).waitFor();
    await p.getByTestId('mod-log').getByText('Lås', { exact: true }).waitFor();
    await shot(p, 'forum-mod-log-da');
    await anon.close();

    // The operator dashboard shows territory moves to a platform admin (none here).
    await m.page.goto(`${server.url}/operator`);
    await m.page.getByTestId('moves').getByText('No territory has been moved.').waitFor();

    for (const who of [a, b, m]) {
      assert.deepEqual(who.errors, []);
      await who.context.close();
    }
  });

  it('attaches an uploaded image to a new topic, lists and downloads it, refuses an HTML file in words, and disables the picker offline', async () => {
    const n = Date.now() % 100000;
    const cleo = `cleo${n}`;
    const mod = `fmod${n}`;
    await registerMember(server, 'DK', cleo, 'Cleo Carlsen');
    createPlatformAdmin(server, PASSWORD, { handle: mod, displayName: 'Filip Moderator' });
    const m = await signedIn(mod);
    await m.page.goto(`${server.url}/t/DK/forum`);
    await m.page.getByRole('heading', { level: 2, name: 'New category' }).waitFor();
    await m.page.getByLabel('Name', { exact: true }).fill(`Filer ${n}`);
    await m.page.getByLabel('Short name for links').fill(`filer-${n}`);
    await m.page.getByLabel('Description').fill('Kort og billeder');
    await m.page.getByRole('button', { name: 'Create category' }).click();
    await m.page.getByTestId('categories').getByRole('link', { name: `Filer ${n}` }).waitFor();

    // A 1×1 PNG, made in memory.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const c = await signedIn(cleo);
    await c.page.goto(`${server.url}/t/DK/forum/new`);
    await c.page.getByLabel('Category').selectOption({ label: `Filer ${n}` });
    await c.page.getByLabel('Title').fill('Kort over ruten');
    await c.page.getByLabel('Your post').fill('Her er kortet over ruten.');
    const picker = c.page.getByLabel('Attach files');
    await picker.setInputFiles([
      { name: 'rute.png', mimeType: 'image/png', buffer: png },
      { name: 'noter.txt', mimeType: 'text/plain', buffer: Buffer.from('Husk lygter.\n') },
    ]);
    const chosen = c.page.getByRole('list', { name: 'Attachments' });
    await chosen.getByRole('button', { name: 'Remove rute.png' }).waitFor();
    await chosen.getByRole('button', { name: 'Remove noter.txt' }).waitFor();
    assert.match(await chosen.innerText(), /rute\.png \(\d+ bytes\)/);
    // Changed her mind about the notes: removed before posting.
    await c.page.getByRole('button', { name: 'Remove noter.txt' }).click();
    await chosen.getByRole('button', { name: 'Remove noter.txt' }).waitFor({ state: 'detached' });
    await shot(c.page, 'forum-compose-attachment');
    await c.page.getByRole('button', { name: 'Post topic' }).click();
    await c.page.getByRole('heading', { level: 1, name: 'Kort over ruten' }).waitFor();

    // The post lists the file (link with name and size, a thumbnail with the name as alt text).
    const shown = c.page.getByTestId('post').first().getByTestId('attachments');
    const link = shown.getByRole('link', { name: 'rute.png' });
    await link.waitFor();
    assert.equal(await shown.getByRole('link').count(), 1, 'only the file kept is attached');
    await shown.getByRole('img', { name: 'rute.png' }).waitFor();
    const href = await link.getAttribute('href');
    assert.match(href ?? '', /^\/api\/v1\/t\/dk\/forum\/attachments\/[0-9a-f]{64}$/i);
    const download = await c.page.evaluate(async (url) => {
      const r = await fetch(url, { credentials: 'same-origin' });
      return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
    }, href);
    assert.deepEqual(download, { status: 200, type: 'image/png', size: png.length });
    await shot(c.page, 'forum-topic-attachment');

    // An HTML file is refused, and the reply form says so in words.
    await c.page.getByLabel('Attach files').setInputFiles({ name: 'side.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') });
    await c.page.getByRole('alert').getByText('side.html is a type of file this forum does not accept', { exact: false }).waitFor();
    assert.equal(await c.page.getByRole('list', { name: 'Attachments' }).count(), 1, 'nothing was added to the reply');
    await shot(c.page, 'forum-attachment-refused');

    // Offline: the picker is disabled and says why.
    await c.context.setOffline(true);
    await c.page.getByText('Attaching files needs a connection.', { exact: false }).waitFor();
    assert.equal(await c.page.getByLabel('Attach files').isDisabled(), true);
    await c.context.setOffline(false);
    await c.page.getByText('Up to 10 files per post.', { exact: false }).waitFor();
    assert.equal(await c.page.getByLabel('Attach files').isEnabled(), true);

    for (const who of [c, m]) {
      assert.deepEqual(who.errors, []);
      await who.context.close();
    }
  });
});
