import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LocalizationProvider, ReactLocalization, useLocalization } from '@fluent/react';
import { bundlesFor, chooseLocale, formattingLocale, loadLocale, storeLocale, storedLocale, type Locale } from './locales';
import { ApiError } from '../api/client';

interface LocaleState {
  locale: Locale;
  /** Switch language; remembered on this device unless `remember: false` (account default). */
  setLocale: (locale: Locale, options?: { remember?: boolean }) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** Initial language: remembered choice, else the browser's languages. */
export function initialLocale(): Locale {
  return storedLocale() ?? chooseLocale(navigator.languages ?? [navigator.language]);
}

/**
 * Provides Fluent messages and the current language; keeps `<html lang>` in step. Call
 * `loadLocale(initialLocale())` before the first render so the first paint is translated.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const l10n = useMemo(() => new ReactLocalization(bundlesFor(locale)), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const state = useMemo<LocaleState>(
    () => ({
      locale,
      setLocale: (next, options) => {
        if (options?.remember !== false) storeLocale(next);
        // Switch once the messages are here, so the page never flashes half-translated; if the
        // chunk cannot be fetched (offline, not cached yet) English stays on screen.
        loadLocale(next).then(
          () => setLocaleState(next),
          () => setLocaleState(next),
        );
      },
    }),
    [locale],
  );
  return (
    <LocaleContext.Provider value={state}>
      <LocalizationProvider l10n={l10n}>{children}</LocalizationProvider>
    </LocaleContext.Provider>
  );
}

/** The current UI language and a setter. */
export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside I18nProvider');
  return state;
}

/** Translate a message id. */
export function useT(): (id: string, args?: Record<string, string | number>) => string {
  const { l10n } = useLocalization();
  return (id, args) => l10n.getString(id, args ?? null);
}

/** Dates and numbers in the UI language (Intl). */
export function useFormat() {
  const { locale: ui } = useLocale();
  return useMemo(() => {
    const locale = formattingLocale(ui, navigator.languages ?? [navigator.language]);
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const number = new Intl.NumberFormat(locale);
    const languages = new Intl.DisplayNames([locale], { type: 'language' });
    return {
      /** A language tag's name in the UI language (`da` → "Danish" / "dansk"). */
      language: (tag: string) => {
        try {
          return languages.of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
      dateTime: (value: string | number | Date) => dateTime.format(new Date(value)),
      date: (value: string | number | Date) => date.format(new Date(value)),
      number: (value: number) => number.format(value),
    };
  }, [ui]);
}

/**
 * The sentence to show for an error: the translated message for its stable code when we have
 * one, else the server's own message (already a sentence, in English), else a generic one.
 */
export function useErrorText(): (error: unknown) => string {
  const { l10n } = useLocalization();
  return (error) => {
    if (error instanceof ApiError) {
      const id = `error-${error.code}`;
      const bundle = l10n.getBundle(id);
      if (bundle) return l10n.getString(id);
      if (error.message) return error.message;
    }
    return l10n.getString('error-internal');
  };
}
