// The offline outbox: writes made while offline (quiz answers, lesson progress, posts) are kept
// in IndexedDB and sent in order when the network returns. Each item gets its
// `Idempotency-Key` when it is queued, and keeps it on every retry, so the server applies it
// exactly once even when a send is interrupted after the server committed it.

/** A write waiting to be sent. */
export interface OutboxItem {
  /** Local id (also the IndexedDB key). */
  id: string;
  /** Sent as `Idempotency-Key`; fixed at enqueue time. */
  idempotencyKey: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Same-origin API path, e.g. `/api/v1/t/DK/...`. */
  url: string;
  /** JSON body. */
  body: unknown;
  /** What the person did, for the "waiting to sync" list (already in their language). */
  label: string;
  /** When it was queued (ms since the epoch). */
  createdAt: number;
  /** Send order: queue time in ms, bumped so items queued within one millisecond keep their order. */
  order: number;
  /** Sends tried so far. */
  attempts: number;
  /** `waiting` until sent; `failed` when the server refused it (a 4xx that retrying cannot fix). */
  state: 'waiting' | 'failed';
  /** The server's refusal, for `failed` items. */
  error?: { status: number; code: string; message: string };
}

/** What to queue. */
export interface NewOutboxItem {
  method: OutboxItem['method'];
  url: string;
  body: unknown;
  label: string;
  /**
   * Also put the idempotency key into this field of a JSON object body, for routes that take
   * their retry key in the body (e.g. quiz answers' `client_id`).
   */
  keyField?: string;
}

/** Outcome of one flush. */
export interface FlushResult {
  /** Items the server accepted (removed from the outbox). */
  sent: number;
  /** Items the server refused (kept, marked failed). */
  failed: number;
  /** Items still waiting (the network or server was unavailable). */
  waiting: number;
}

/** Sends one request; `fetch` in the app, a local server in tests. */
export type Send = (url: string, init: RequestInit) => Promise<Response>;

const STORE = 'items';

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('outbox transaction aborted'));
  });
}

/** Statuses worth retrying later: the request may succeed unchanged. */
function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** A fresh random id (UUID v4). */
export function newKey(): string {
  return crypto.randomUUID();
}

/** The outbox over one IndexedDB database. */
export class Outbox {
  private db: Promise<IDBDatabase>;
  private listeners = new Set<() => void>();
  private flushing: Promise<FlushResult> | null = null;
  private lastOrder = 0;

  constructor(name = 'unityplan-outbox', factory: IDBFactory = indexedDB) {
    this.db = new Promise((resolve, reject) => {
      const open = factory.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('order', 'order');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
  }

  /** Be told whenever the outbox changes (to re-render the "waiting to sync" list). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Queue a write; it keeps its idempotency key until it is sent. */
  async enqueue(item: NewOutboxItem): Promise<OutboxItem> {
    const db = await this.db;
    const now = Date.now();
    this.lastOrder = Math.max(now, this.lastOrder + 1);
    const idempotencyKey = newKey();
    const { keyField, ...rest } = item;
    const body =
      keyField && typeof rest.body === 'object' && rest.body !== null && !Array.isArray(rest.body)
        ? { ...(rest.body as Record<string, unknown>), [keyField]: idempotencyKey }
        : rest.body;
    const stored: OutboxItem = {
      ...rest,
      body,
      id: newKey(),
      idempotencyKey,
      createdAt: now,
      order: this.lastOrder,
      attempts: 0,
      state: 'waiting',
    };
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).add(stored);
    await done(tx);
    this.changed();
    return stored;
  }

  /** Every item, oldest first. */
  async list(): Promise<OutboxItem[]> {
    const db = await this.db;
    const tx = db.transaction(STORE, 'readonly');
    const items = await promisify(tx.objectStore(STORE).index('order').getAll());
    return items as OutboxItem[];
  }

  /** Remove an item (sent, or discarded by the person). */
  async remove(id: string): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(id);
    await done(tx);
    this.changed();
  }

  private async put(item: OutboxItem): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(item);
    await done(tx);
  }

  /**
   * Send waiting items in order. Stops at the first item the network or server could not take
   * (so later writes never overtake earlier ones); a refused item (4xx) is marked failed and
   * the next one is tried. Concurrent calls share one run.
   */
  flush(send: Send): Promise<FlushResult> {
    if (!this.flushing) {
      this.flushing = this.run(send).finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  private async run(send: Send): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, failed: 0, waiting: 0 };
    const items = (await this.list()).filter((i) => i.state === 'waiting');
    let stopped = false;
    for (const item of items) {
      if (stopped) {
        result.waiting += 1;
        continue;
      }
      let response: Response | null = null;
      try {
        response = await send(item.url, {
          method: item.method,
          credentials: 'same-origin',
          headers: {
            'Content-Type': 'application/json',
            Accept: 'application/json',
            'Idempotency-Key': item.idempotencyKey,
          },
          body: item.body === undefined ? null : JSON.stringify(item.body),
        });
      } catch {
        response = null;
      }
      if (response && response.ok) {
        await this.remove(item.id);
        result.sent += 1;
      } else if (response && !retryable(response.status)) {
        let code = 'bad_response';
        let message = `HTTP ${response.status}`;
        try {
          const body = (await response.json()) as { error?: unknown; message?: unknown };
          if (typeof body.error === 'string') code = body.error;
          if (typeof body.message === 'string') message = body.message;
        } catch {
          // Keep the status-only description.
        }
        await this.put({ ...item, attempts: item.attempts + 1, state: 'failed', error: { status: response.status, code, message } });
        this.changed();
        result.failed += 1;
      } else {
        await this.put({ ...item, attempts: item.attempts + 1 });
        this.changed();
        result.waiting += 1;
        stopped = true;
      }
    }
    return result;
  }
}

/**
 * Flush whenever the browser comes back online, now, and every `intervalMs` while items wait
 * (the `online` event is not reliable on every platform). Returns a function that stops it.
 */
export function keepSyncing(outbox: Outbox, send: Send, intervalMs = 30_000): () => void {
  const flush = () => {
    if (navigator.onLine !== false) void outbox.flush(send).catch(() => undefined);
  };
  window.addEventListener('online', flush);
  const timer = window.setInterval(flush, intervalMs);
  flush();
  return () => {
    window.removeEventListener('online', flush);
    window.clearInterval(timer);
  };
}
