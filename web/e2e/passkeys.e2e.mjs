// End-to-end test of passkeys in a real browser: Chromium's virtual authenticator (CDP
// `WebAuthn.addVirtualAuthenticator`, a platform authenticator with resident keys and user
// verification) against a real `unityplan serve`. Add a passkey on the Security page, sign in
// with it alone, then sign in with the password and the passkey as the second step, and
// reset the password by email, confirming with the passkey.
// The site is opened as http://localhost:PORT (passkeys need a host name; localhost is a
// secure context) and identity.public_url says the same, so the relying party matches.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { apiPaths, CHROMIUM, CHROMIUM_FLAGS, mailWith, startIdentityServer } from './server.mjs';

const available = apiPaths().includes('/api/v1/auth/passkey/start');
const why = 'the passkey API is not in this binary (no /api/v1/auth/passkey/start in its OpenAPI document)';
if (!available && process.env.UNITYPLAN_TEST_REQUIRE_ALL === '1') throw new Error(why);
const skip = available ? false : why;

let server;
let browser;
let base;

describe('passkeys', { skip }, () => {
  before(async () => {
    server = await startIdentityServer({ publicUrl: (url) => url.replace('127.0.0.1', 'localhost') });
    base = server.url.replace('127.0.0.1', 'localhost');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('add a passkey, sign in with it alone, then as the second step', async () => {
    const handle = `pk${Date.now() % 100000}`;
    const email = `${handle}@example.org`;
    const password = 'correct horse battery staple';
    // The account, made and confirmed over the API (the account screens have their own test).
    const reg = await fetch(`${base}/api/v1/t/DK/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ handle, email, password, display_name: 'Pia Key', language: 'en' }),
    });
    assert.equal(reg.status, 201, await reg.text());
    const mail = await mailWith(server.dataDir, email);
    const token = decodeURIComponent(mail.match(/verify-email\?token=([A-Za-z0-9_\-.~%]+)/)[1]);
    const verified = await fetch(`${base}/api/v1/auth/verify-email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    assert.equal(verified.status, 204);

    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e));
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    const signInWithPassword = async () => {
      await page.goto(base + '/sign-in');
      await page.getByLabel('Handle or email address').fill(handle);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    };
    const signOut = async () => {
      await page.goto(base + '/account');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }).waitFor();
    };

    await signInWithPassword();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    // Add a passkey on this "device".
    await page.goto(base + '/account/security');
    await page.getByRole('heading', { name: 'Passkeys' }).waitFor();
    await page.getByText('You have no passkeys yet.').waitFor();
    await page.getByLabel('Name', { exact: true }).last().fill('Laptop');
    await page.getByRole('button', { name: 'Add a passkey on this device' }).click();
    await page.getByTestId('passkey').getByText('Laptop').waitFor();
    // The first passkey comes with recovery codes, shown once.
    const codes = await page.getByTestId('recovery-codes').locator('li').allInnerTexts();
    assert.equal(codes.length, 10, 'ten recovery codes');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1);
    assert.equal(credentials[0].isResidentCredential, true, 'a discoverable credential was made');

    // Passwordless: the browser picks the account's passkey.
    await signOut();
    await page.goto(base + '/sign-in');
    await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    assert.match(await page.getByTestId('account').innerText(), new RegExp(`@${handle}:dk`));

    // Password, then the passkey as the second step.
    await signOut();
    await signInWithPassword();
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    // A password reset by email asks for the passkey too: the inbox alone is not enough.
    await signOut();
    await page.goto(base + '/reset-password');
    await page.getByLabel('Handle or email address').fill(handle);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByRole('status').getByText('a link is on its way').waitFor();
    const reset = await mailWith(server.dataDir, '/reset-password?token=');
    const link = decodeURIComponent(reset.match(/reset-password\?token=([A-Za-z0-9_\-.~%]+)/)[1]);
    await page.goto(`${base}/reset-password?token=${encodeURIComponent(link)}`);
    await page.getByText('This account is protected with a passkey').waitFor();
    assert.equal(await page.getByLabel('Authenticator or recovery code').count(), 0, 'no authenticator code without an authenticator app');
    assert.equal(await page.getByLabel('Recovery code').count(), 1, 'a recovery code can stand in for a lost passkey');
    const newPassword = 'amber kettle juniper sparrow';
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Confirm with your passkey and set the password' }).click();
    await page.getByRole('status').getByText('Your password is changed').waitFor();
    // The old password is gone; the new one still needs the passkey.
    await page.goto(base + '/sign-in');
    await page.getByLabel('Handle or email address').fill(handle);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Use your passkey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    // A lost passkey: the password and a recovery code sign in instead.
    await signOut();
    await page.goto(base + '/sign-in');
    await page.getByLabel('Handle or email address').fill(handle);
    await page.getByLabel('Password', { exact: true }).fill(newPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
    await page.getByLabel('Recovery code').fill(codes[0]);
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();

    const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.ok(after.credentials[0].signCount >= 4, 'the authenticator signed for both sign-ins, the reset and the last sign-in');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
