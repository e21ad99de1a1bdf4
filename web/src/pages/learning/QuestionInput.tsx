// One question's answer controls, for every question type. Labels tie each control to the
// question, and every control is a native input, so keyboard and screen readers work as usual.
import { useId, useState } from 'react';
import type { Presented } from '../../api/learning';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useT } from '../../i18n/I18n';
import { choicesOf, itemsOf, move, type Draft } from './answers';

interface Props {
  question: Presented;
  draft: Draft;
  onChange: (draft: Draft) => void;
  disabled?: boolean;
  /** Uploads a file and returns its id (file-upload questions). */
  upload?: (file: File) => Promise<string>;
}

/** The question's text (sanitised HTML from the server) and the inputs to answer it. */
export function QuestionInput({ question: q, draft, onChange, disabled, upload }: Props) {
  const t = useT();
  const id = useId();
  const [uploadError, setUploadError] = useState<unknown>();
  const [uploading, setUploading] = useState(false);
  const textId = `${id}-text`;
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const text = (
    // The server renders Markdown and sanitises it (ammonia) on every output.
    <div id={textId} className="learn-html" dangerouslySetInnerHTML={{ __html: q.html }} />
  );

  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const multi = q.type === 'multiple_choice';
      return (
        <fieldset className="plain" aria-describedby={textId} disabled={disabled}>
          <legend>{t(multi ? 'learn-q-choose-several' : 'learn-q-choose-one')}</legend>
          {text}
          {choicesOf(q).map(([index, label]) => (
            <label key={index} className="choice">
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={`${id}-choice`}
                checked={draft.chosen.includes(index)}
                onChange={(e) =>
                  set({
                    chosen: multi
                      ? e.target.checked
                        ? [...draft.chosen, index]
                        : draft.chosen.filter((c) => c !== index)
                      : [index],
                  })
                }
              />
              <span dangerouslySetInnerHTML={{ __html: label }} />
            </label>
          ))}
        </fieldset>
      );
    }
    case 'true_false':
      return (
        <fieldset className="plain" aria-describedby={textId} disabled={disabled}>
          <legend>{t('learn-q-true-or-false')}</legend>
          {text}
          {(['true', 'false'] as const).map((v) => (
            <label key={v} className="choice">
              <input type="radio" name={`${id}-tf`} checked={draft.bool === v} onChange={() => set({ bool: v })} />
              {t(`learn-q-${v}`)}
            </label>
          ))}
        </fieldset>
      );
    case 'fill_blanks':
      return (
        <div>
          {text}
          {draft.texts.map((value, i) => (
            <div className="field" key={i}>
              <label htmlFor={`${id}-blank-${i}`}>{t('learn-q-blank', { n: i + 1 })}</label>
              <input
                id={`${id}-blank-${i}`}
                value={value}
                disabled={disabled}
                aria-describedby={textId}
                onChange={(e) => set({ texts: draft.texts.map((v, j) => (j === i ? e.target.value : v)) })}
              />
            </div>
          ))}
        </div>
      );
    case 'numeric':
      return (
        <div>
          {text}
          <div className="field">
            <label htmlFor={`${id}-number`}>{t('learn-q-number')}</label>
            {q.units.length > 0 && (
              <p className="hint" id={`${id}-units`}>
                {t('learn-q-units', { units: q.units.join(', ') })}
              </p>
            )}
            <input
              id={`${id}-number`}
              inputMode="decimal"
              value={draft.texts[0] ?? ''}
              disabled={disabled}
              aria-describedby={q.units.length > 0 ? `${textId} ${id}-units` : textId}
              onChange={(e) => set({ texts: [e.target.value] })}
            />
          </div>
        </div>
      );
    case 'matching':
      return (
        <div>
          {text}
          {q.prompts.map((prompt, i) => (
            <div className="field" key={i}>
              <label htmlFor={`${id}-match-${i}`}>{prompt}</label>
              <select
                id={`${id}-match-${i}`}
                value={draft.matches[i] ?? ''}
                disabled={disabled}
                onChange={(e) => set({ matches: draft.matches.map((m, j) => (j === i ? e.target.value : m)) })}
              >
                <option value="">{t('learn-q-pick')}</option>
                {q.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    case 'ordering': {
      const texts = new Map(itemsOf(q));
      return (
        <div>
          {text}
          <ol className="learn-order" aria-label={t('learn-q-order')}>
            {draft.order.map((item, pos) => (
              <li key={item}>
                <span>{texts.get(item)}</span>
                <button
                  type="button"
                  className="secondary"
                  disabled={disabled || pos === 0}
                  aria-label={t('learn-q-up', { item: texts.get(item) ?? '' })}
                  onClick={() => set({ order: move(draft.order, pos, -1) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={disabled || pos === draft.order.length - 1}
                  aria-label={t('learn-q-down', { item: texts.get(item) ?? '' })}
                  onClick={() => set({ order: move(draft.order, pos, 1) })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
        </div>
      );
    }
    case 'essay':
      return (
        <div>
          {text}
          <label htmlFor={`${id}-essay`}>{t('learn-q-essay')}</label>
          <textarea
            id={`${id}-essay`}
            value={draft.texts[0] ?? ''}
            disabled={disabled}
            aria-describedby={textId}
            onChange={(e) => set({ texts: [e.target.value] })}
          />
        </div>
      );
    case 'file_upload':
      return (
        <div>
          {text}
          <div className="field">
            <label htmlFor={`${id}-file`}>{t('learn-q-files', { max: q.max_files ?? 1 })}</label>
            <input
              id={`${id}-file`}
              type="file"
              disabled={disabled || !upload || uploading || draft.files.length >= (q.max_files ?? 1)}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (!file || !upload) return;
                setUploading(true);
                setUploadError(undefined);
                upload(file)
                  .then((sha) => set({ files: [...draft.files, sha] }))
                  .catch((err: unknown) => setUploadError(err))
                  .finally(() => setUploading(false));
              }}
            />
          </div>
          {uploadError !== undefined && <ErrorMessage error={uploadError} />}
          {draft.files.length > 0 && (
            <ul>
              {draft.files.map((f) => (
                <li key={f}>
                  <code>{f.slice(0, 12)}…</code>{' '}
                  <button type="button" className="secondary" disabled={disabled} onClick={() => set({ files: draft.files.filter((x) => x !== f) })}>
                    {t('learn-q-remove-file')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    default:
      return (
        <div>
          {text}
          <p>{t('learn-q-unsupported', { type: q.type })}</p>
        </div>
      );
  }
}
