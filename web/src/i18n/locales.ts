// The UI languages and how one is chosen: the person's explicit choice (remembered), then the
// account's language (once accounts exist), then the browser's languages, then English.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import { PARTS, type Area, type Part } from './areas';

/** Every UI language, with its name in that language (what the switcher shows). */
export const LOCALES = [
  { tag: 'en', name: 'English' },
  { tag: 'da', name: 'Dansk' },
  { tag: 'nb', name: 'Norsk bokmål' },
  { tag: 'sv', name: 'Svenska' },
  { tag: 'es', name: 'Español' },
] as const;

/** A supported UI language tag. */
export type Locale = (typeof LOCALES)[number]['tag'];

/** The language every message exists in; others fall back to it message by message. */
export const DEFAULT_LOCALE: Locale = 'en';

// Each language's messages come in parts (src/i18n/areas.ts): the core, and one per area of
// screens. English core ships in the main bundle (it is the fallback for every message);
// everything else is a separate chunk fetched when needed, so nobody downloads five languages,
// or the course editor's messages, to read one page.
type Loaders = Record<string, () => Promise<string>>;
const FILES: Record<Part, Loaders> = {
  // (English core is the static import below, so it is not a chunk of its own as well.)
  core: import.meta.glob<string>(['./locales/*.ftl', '!./locales/en.ftl'], { query: '?part=core', import: 'default' }),
  learn: import.meta.glob<string>('./locales/*.ftl', { query: '?part=learn', import: 'default' }),
  forum: import.meta.glob<string>('./locales/*.ftl', { query: '?part=forum', import: 'default' }),
  admin: import.meta.glob<string>('./locales/*.ftl', { query: '?part=admin', import: 'default' }),
  account: import.meta.glob<string>('./locales/*.ftl', { query: '?part=account', import: 'default' }),
};
const EN_CORE = Object.values(import.meta.glob<string>('./locales/en.ftl', { query: '?part=core', import: 'default', eager: true }))[0] ?? '';

/** The parts loaded so far, per language. */
const TEXTS: Partial<Record<Locale, Partial<Record<Part, string>>>> = { en: { core: EN_CORE } };
/** One bundle per language, made on first use; parts loaded later are added to it. */
const BUNDLES = new Map<Locale, FluentBundle>();
/** The areas whose screens have been loaded: every language loaded gets their messages. */
const ACTIVE = new Set<Area>();

function addTo(bundle: FluentBundle, locale: Locale, part: Part, text: string) {
  const errors = bundle.addResource(new FluentResource(text));
  if (errors.length > 0) {
    console.error(`Fluent syntax errors in ${locale}.ftl (${part})`, errors);
  }
}

async function loadPart(locale: Locale, part: Part): Promise<void> {
  const texts = (TEXTS[locale] ??= {});
  if (texts[part] !== undefined) return;
  const load = FILES[part][`./locales/${locale}.ftl`];
  if (!load) throw new Error(`no messages for ${locale}`);
  const text = await load();
  if (texts[part] !== undefined) return;
  texts[part] = text;
  const bundle = BUNDLES.get(locale);
  if (bundle) addTo(bundle, locale, part, text);
}

/** Fetch a language's messages (once): its core and every area in use; `bundlesFor` needs them. */
export async function loadLocale(locale: Locale): Promise<void> {
  await loadPart(locale, 'core');
  await Promise.all([...ACTIVE].map((area) => loadPart(locale, area)));
}

/**
 * Fetch an area's messages in every language loaded so far (English always); from now on a
 * language loaded later comes with them too. Screens of the area render after this resolves.
 */
export async function loadArea(area: Area): Promise<void> {
  ACTIVE.add(area);
  const loaded = LOCALES.map((l) => l.tag).filter(isLoaded);
  await Promise.all(loaded.map((locale) => loadPart(locale, area)));
}

/** True when `loadLocale` has completed for `locale` (its core messages are here). */
export function isLoaded(locale: Locale): boolean {
  return TEXTS[locale]?.core !== undefined;
}

/** True when `tag` is one of the UI languages. */
export function isLocale(tag: string): tag is Locale {
  return LOCALES.some((l) => l.tag === tag);
}

/**
 * The UI language for the given preferences, best first. Norwegian `no`/`nn` map to Bokmål,
 * which is the translation we have; anything unknown falls back to English.
 */
export function chooseLocale(requested: readonly string[]): Locale {
  const normalised = requested.map((tag) => (/^(no|nn)(-|$)/i.test(tag) ? 'nb' : tag));
  const [best] = negotiateLanguages(normalised, LOCALES.map((l) => l.tag), {
    defaultLocale: DEFAULT_LOCALE,
    strategy: 'lookup',
  });
  return best !== undefined && isLocale(best) ? best : DEFAULT_LOCALE;
}

/**
 * The bundles for `locale`: the chosen language first, English as a per-message fallback. A
 * language not loaded yet is skipped (English shows until it arrives).
 */
export function bundlesFor(locale: Locale): FluentBundle[] {
  const chain: Locale[] = locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
  return chain.filter(isLoaded).map((tag) => {
    let bundle = BUNDLES.get(tag);
    if (!bundle) {
      // Every UI language is left-to-right, so the Unicode isolation marks Fluent wraps around
      // placeables would only get in the way (copying text, matching it in tests). Revisit when
      // a right-to-left language is added.
      bundle = new FluentBundle(tag, { useIsolating: false });
      for (const part of PARTS) {
        const text = TEXTS[tag]?.[part];
        if (text !== undefined) addTo(bundle, tag, part, text);
      }
      BUNDLES.set(tag, bundle);
    }
    return bundle;
  });
}

/** The message ids of one language, all parts (for tests that check every language is complete). */
export async function messageIds(locale: Locale): Promise<string[]> {
  await Promise.all(PARTS.map((part) => loadPart(locale, part)));
  return PARTS.flatMap((part) => new FluentResource(TEXTS[locale]?.[part] ?? '').body.map((entry) => entry.id));
}

const STORAGE_KEY = 'unityplan.locale';

/** The language the person picked earlier on this device, if any. */
export function storedLocale(): Locale | undefined {
  try {
    const tag = globalThis.localStorage?.getItem(STORAGE_KEY);
    return tag && isLocale(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** Remember the person's choice on this device. */
export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled (private mode); the choice then lasts for this page only.
  }
}

/**
 * The locale for dates and numbers: the browser's own tag when it is a variant of the UI
 * language (an en-GB browser gets "24 Nov 2026" while the UI is in English), else the UI
 * language itself.
 */
export function formattingLocale(ui: Locale, browser: readonly string[]): string {
  const primary = (tag: string) => {
    const lang = tag.split('-')[0]?.toLowerCase() ?? '';
    return lang === 'no' || lang === 'nn' ? 'nb' : lang;
  };
  const match = browser.find((tag) => primary(tag) === ui);
  if (!match) return ui;
  try {
    return Intl.getCanonicalLocales(match)[0] ?? ui;
  } catch {
    return ui;
  }
}
