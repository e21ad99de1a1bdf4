import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { keepSyncing, Outbox, type OutboxItem } from './outbox';

interface OutboxState {
  outbox: Outbox | null;
  items: OutboxItem[];
  syncNow: () => void;
}

const OutboxContext = createContext<OutboxState>({ outbox: null, items: [], syncNow: () => undefined });

const send = (url: string, init: RequestInit) => fetch(url, init);

/** Opens the outbox once, keeps it syncing, and shares its items with the UI. */
export function OutboxProvider({ children }: { children: ReactNode }) {
  // IndexedDB can be missing (old browsers, some private modes); the app then works online only.
  const outbox = useMemo(() => (typeof indexedDB === 'undefined' ? null : new Outbox()), []);
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    if (!outbox) return;
    const refresh = () => {
      outbox.list().then(setItems, () => setItems([]));
    };
    const stopListening = outbox.subscribe(refresh);
    const stopSyncing = keepSyncing(outbox, send);
    refresh();
    return () => {
      stopListening();
      stopSyncing();
    };
  }, [outbox]);
  const state = useMemo<OutboxState>(
    () => ({
      outbox,
      items,
      syncNow: () => {
        if (outbox) void outbox.flush(send).catch(() => undefined);
      },
    }),
    [outbox, items],
  );
  return <OutboxContext.Provider value={state}>{children}</OutboxContext.Provider>;
}

/** The outbox (null when IndexedDB is unavailable), its items and a "sync now" action. */
export function useOutbox(): OutboxState {
  return useContext(OutboxContext);
}
