// The UI languages and how one is chosen: the person's explicit choice (remembered), then the
// account's language (once accounts exist), then the browser's languages, then English.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import en from './locales/en.ftl?raw';

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

// English ships in the main bundle (it is the fallback for every message); the others are
// separate chunks fetched when chosen, so nobody downloads five languages to read one.
const SOURCES: Partial<Record<Locale, string>> = { en };
const LOADERS: Record<Locale, () => Promise<{ default: string }>> = {
  en: () => Promise.resolve({ default: en }),
  da: () => import('./locales/da.ftl?raw'),
  nb: () => import('./locales/nb.ftl?raw'),
  sv: () => import('./locales/sv.ftl?raw'),
  es: () => import('./locales/es.ftl?raw'),
};

/** Fetch a language's messages (once); `bundlesFor` needs them. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (SOURCES[locale] === undefined) {
    SOURCES[locale] = (await LOADERS[locale]()).default;
  }
}

/** True when `loadLocale` has completed for `locale`. */
export function isLoaded(locale: Locale): boolean {
  return SOURCES[locale] !== undefined;
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
 * Build the bundles for `locale`: the chosen language first, English as a per-message
 * fallback. A language not loaded yet is skipped (English shows until it arrives).
 */
export function bundlesFor(locale: Locale): FluentBundle[] {
  const chain: Locale[] = locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
  return chain.filter(isLoaded).map((tag) => {
    // Every UI language is left-to-right, so the Unicode isolation marks Fluent wraps around
    // placeables would only get in the way (copying text, matching it in tests). Revisit when
    // a right-to-left language is added.
    const bundle = new FluentBundle(tag, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(SOURCES[tag] ?? ''));
    if (errors.length > 0) {
      console.error(`Fluent syntax errors in ${tag}.ftl`, errors);
    }
    return bundle;
  });
}

/** The message ids of one language (for tests that check every language is complete). */
export async function messageIds(locale: Locale): Promise<string[]> {
  await loadLocale(locale);
  const resource = new FluentResource(SOURCES[locale] ?? '');
  return resource.body.map((entry) => entry.id);
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
