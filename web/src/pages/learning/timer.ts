// The quiz timer counts down to the deadline the server set for the attempt, on the server's
// clock: the offset between the server's `Date` header and the local clock is measured on every
// load, so a wrong clock on the device neither gives extra time nor takes it away.

/** Server clock minus local clock, in ms (0 when the server's time is unknown). */
export function clockOffset(serverAt: number, localAt: number): number {
  return Number.isFinite(serverAt) && Number.isFinite(localAt) ? serverAt - localAt : 0;
}

/** Milliseconds left until `deadline` (ISO time on the server's clock), never negative. */
export function remainingMs(deadline: string, offsetMs: number, localNow: number): number {
  const end = Date.parse(deadline);
  if (!Number.isFinite(end)) return 0;
  return Math.max(0, end - (localNow + offsetMs));
}

/** `m:ss`, or `h:mm:ss` from an hour up; rounds up so 0:00 shows only when time is over. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Announce the remaining time to screen readers only at these thresholds (seconds). */
export const ANNOUNCE_AT = [600, 300, 60, 30, 10] as const;

/** The threshold just crossed between two readings, if any (for a polite live announcement). */
export function crossedThreshold(beforeMs: number, nowMs: number): number | null {
  for (const t of ANNOUNCE_AT) {
    if (beforeMs > t * 1000 && nowMs <= t * 1000) return t;
  }
  return null;
}
