import { describe, expect, it } from 'vitest';
import { adaptiveDraftOf, adaptiveOf, defaultReview, draftOf, fromLocalInput, NEW_ADAPTIVE, NEW_QUIZ, settingsOf, toLocalInput } from './QuizEditor';

describe('quiz settings form', () => {
  it('shows stored settings and sends them back unchanged', () => {
    const stored = {
      time_limit_secs: 90,
      max_attempts: 3,
      delay_secs: 60,
      grading_method: 'average' as const,
      pass_grade: 0.675,
      feedback_mode: 'interactive' as const,
      overdue: 'grace_period' as const,
      grace_secs: 30,
      required_for_completion: true,
      shuffle_answers: true,
      open_at: '2030-01-01T08:00:00.000Z',
      close_at: null,
      overall_feedback: [{ min_grade: 0, max_grade: 0.5, text: 'Again' }],
      review: {
        ...defaultReview(),
        during: { marks: false, feedback: false, overall_feedback: false },
        later: { marks: true, feedback: false, overall_feedback: true },
      },
    };
    const d = draftOf(stored);
    expect(d.minutes).toBe('1.5');
    expect(d.pass).toBe('67.5');
    expect(d.bands).toEqual([{ min: '0', max: '50', text: 'Again' }]);
    const back = settingsOf(d);
    expect(back).toEqual({ ...stored, close_at: null });
  });

  it('shows everything in every review phase when the quiz stored no review options', () => {
    const d = draftOf({});
    expect(d.review).toEqual(defaultReview());
    expect(settingsOf(d).review.after_close).toEqual({ marks: true, feedback: true, overall_feedback: true });
  });

  it('sends empty limits as null (none) and drops bands without text', () => {
    const s = settingsOf({ ...NEW_QUIZ, bands: [{ min: '0', max: '100', text: '  ' }] });
    expect(s.time_limit_secs).toBeNull();
    expect(s.max_attempts).toBeNull();
    expect(s.open_at).toBeNull();
    expect(s.overall_feedback).toEqual([]);
    expect(s.pass_grade).toBe(0.5);
  });

  it('shows a stored adaptive pool and sends it back unchanged', () => {
    const stored = {
      category: 'grammar/verbs',
      tags: ['a1', 'core'],
      settings: { lowest: 1, highest: 12, starting_level: 4, target_standard_error: 0.45, min_questions: 5, max_questions: 20 },
    };
    const d = adaptiveDraftOf(stored);
    expect(d).toEqual({ lowest: '1', highest: '12', start: '4', se: '0.45', min: '5', max: '20', category: 'grammar/verbs', tags: 'a1, core' });
    expect(adaptiveOf(d)).toEqual(stored);
    expect(adaptiveOf({ ...NEW_ADAPTIVE, category: ' x ', tags: ' , b' })).toMatchObject({ category: 'x', tags: ['b'] });
  });

  it('converts between ISO times and datetime-local values', () => {
    const iso = '2030-05-06T07:08:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(toLocalInput('nonsense')).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });
});
