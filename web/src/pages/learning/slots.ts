// A quiz's slots as the "Change questions" form edits them: pure functions, tested in
// slots.test.ts. Slots are fixed questions or "N random questions from a category/tags".
import type { SlotSpec } from '../../api/learning';
import { tagList } from './questions/forms';

/** One row of the form: a fixed question, or a random draw with its inputs as typed. */
export type SlotRow = { type: 'fixed'; question_id: string } | { type: 'random'; count: string; category: string; tags: string };

/** The form's rows for stored slots. */
export function rowsOf(slots: SlotSpec[]): SlotRow[] {
  return slots.map((s) =>
    s.type === 'fixed'
      ? { type: 'fixed', question_id: s.question_id }
      : { type: 'random', count: String(s.count), category: s.category ?? '', tags: (s.tags ?? []).join(', ') },
  );
}

/** What a row is wrong with, by row index (empty when the rows can be sent). */
export function problemsOf(rows: SlotRow[]): Record<number, 'count' | 'duplicate'> {
  const out: Record<number, 'count' | 'duplicate'> = {};
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (r.type === 'random') {
      const n = Number(r.count);
      if (!Number.isInteger(n) || n < 1) out[i] = 'count';
    } else if (seen.has(r.question_id)) {
      out[i] = 'duplicate';
    } else {
      seen.add(r.question_id);
    }
  });
  return out;
}

/** The slots the rows stand for, in order. */
export function slotsOf(rows: SlotRow[]): SlotSpec[] {
  return rows.map((r) =>
    r.type === 'fixed'
      ? { type: 'fixed', question_id: r.question_id }
      : {
          type: 'random',
          count: Number(r.count),
          category: r.category.trim(),
          tags: tagList(r.tags),
        },
  );
}

/** `rows` with row `from` moved by `by` places (clamped to the list). */
export function moveRow<T>(rows: T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(rows.length - 1, from + by));
  if (to === from || from < 0 || from >= rows.length) return rows;
  const next = rows.slice();
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row as T);
  return next;
}
