// What a learner has entered for a question (a draft) and its API form (a `Response`). Kept
// pure so the serialisation of every question type is unit-tested.
import type { AnswerResponse, Presented } from '../../api/learning';

/** The editable state of one answer; which fields matter depends on the question type. */
export interface Draft {
  /** Chosen indexes (single choice uses the first). */
  chosen: number[];
  /** True/false ('' = not answered). */
  bool: '' | 'true' | 'false';
  /** Texts: blanks in order; for numeric and essay the first entry. */
  texts: string[];
  /** Matching: the chosen option per prompt ('' = none). */
  matches: string[];
  /** Ordering: item indexes (as sent) in the learner's order. */
  order: number[];
  /** Uploaded file ids. */
  files: string[];
}

/** Ordering items as `[index to send, text]`. */
export function itemsOf(q: Presented): Array<[number, string]> {
  return q.items.map((it) => [it[0], it[1]] as [number, string]);
}

/**
 * The choice texts with the index to send, in display order: `choice_order` (a permutation,
 * shuffled per attempt when the quiz shuffles answers) when the server sends one, else as stored.
 */
export function choicesOf(q: Presented): Array<[number, string]> {
  const texts = q.choices as unknown[];
  const pairs = texts.map((c, i) =>
    Array.isArray(c) ? ([Number(c[0]), String(c[1])] as [number, string]) : ([i, String(c)] as [number, string]),
  );
  const order = (q as { choice_order?: unknown }).choice_order;
  if (Array.isArray(order) && order.length === pairs.length && order.every((i) => typeof i === 'number' && pairs[i])) {
    return order.map((i: number) => pairs[i] as [number, string]);
  }
  return pairs;
}

/** A draft from what was saved before (or empty). */
export function draftFrom(q: Presented, saved: AnswerResponse | null | undefined): Draft {
  const d: Draft = {
    chosen: [],
    bool: '',
    texts: q.type === 'fill_blanks' ? Array.from({ length: q.blanks }, () => '') : [''],
    matches: q.prompts.map(() => ''),
    order: itemsOf(q).map(([i]) => i),
    files: [],
  };
  if (!saved) return d;
  switch (saved.type) {
    case 'choice':
      d.chosen = [saved.index];
      break;
    case 'choices':
      d.chosen = [...saved.indexes];
      break;
    case 'bool':
      d.bool = saved.value ? 'true' : 'false';
      break;
    case 'blanks':
      d.texts = d.texts.map((_, i) => saved.values[i] ?? '');
      break;
    case 'number':
      d.texts = [saved.value];
      break;
    case 'text':
      d.texts = [saved.text];
      break;
    case 'matches':
      d.matches = d.matches.map((_, i) => saved.answers[i] ?? '');
      break;
    case 'order':
      if (saved.order.length === d.order.length) d.order = [...saved.order];
      break;
    case 'files':
      d.files = [...saved.files];
      break;
  }
  return d;
}

/** The API response for a draft, or null while it is incomplete (nothing to save yet). */
export function toResponse(type: string, d: Draft): AnswerResponse | null {
  switch (type) {
    case 'single_choice':
      return d.chosen.length > 0 ? { type: 'choice', index: d.chosen[0] ?? 0 } : null;
    case 'multiple_choice':
      return d.chosen.length > 0 ? { type: 'choices', indexes: [...d.chosen].sort((a, b) => a - b) } : null;
    case 'true_false':
      return d.bool === '' ? null : { type: 'bool', value: d.bool === 'true' };
    case 'fill_blanks':
      return d.texts.some((v) => v.trim() !== '') ? { type: 'blanks', values: [...d.texts] } : null;
    case 'numeric': {
      const v = (d.texts[0] ?? '').trim();
      return v === '' ? null : { type: 'number', value: v };
    }
    case 'matching':
      return d.matches.some((m) => m !== '') ? { type: 'matches', answers: [...d.matches] } : null;
    case 'ordering':
      return { type: 'order', order: [...d.order] };
    case 'essay': {
      const v = d.texts[0] ?? '';
      return v.trim() === '' ? null : { type: 'text', text: v };
    }
    case 'file_upload':
      return d.files.length > 0 ? { type: 'files', files: [...d.files] } : null;
    default:
      return null;
  }
}

/** Move the ordering item at `from` one place up (-1) or down (+1). */
export function move(order: number[], from: number, by: -1 | 1): number[] {
  const to = from + by;
  if (from < 0 || from >= order.length || to < 0 || to >= order.length) return order;
  const next = [...order];
  const a = next[from] ?? 0;
  next[from] = next[to] ?? 0;
  next[to] = a;
  return next;
}
