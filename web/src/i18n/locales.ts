// The UI languages and how one is chosen: the person's explicit choice (remembered), then the
// account's language (once accounts exist), then the browser's languages, then English.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import en from './locales/en.ftl?raw';
import da from './locales/da.ftl?raw';
import nb from './locales/nb.ftl?raw';
import sv from './locales/sv.ftl?raw';
import es from './locales/es.ftl?raw';

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

const SOURCES: Record<Locale, string> = { en, da, nb, sv, es };

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

/** Build the bundles for `locale`: the chosen language first, English as a per-message fallback. */
export function bundlesFor(locale: Locale): FluentBundle[] {
  const chain: Locale[] = locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE];
  return chain.map((tag) => {
    // Every UI language is left-to-right, so the Unicode isolation marks Fluent wraps around
    // placeables would only get in the way (copying text, matching it in tests). Revisit when
    // a right-to-left language is added.
    const bundle = new FluentBundle(tag, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(SOURCES[tag]));
    if (errors.length > 0) {
      console.error(`Fluent syntax errors in ${tag}.ftl`, errors);
    }
    return bundle;
  });
}

/** The message ids of one language (for tests that check every language is complete). */
export function messageIds(locale: Locale): string[] {
  const resource = new FluentResource(SOURCES[locale]);
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
