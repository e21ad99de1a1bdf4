// Files on forum posts: the "Attach files" picker of the compose forms (each chosen file is
// uploaded at once; the post then lists the returned `sha256` ids) and the list of a post's
// attachments under it. Uploads need the network, so the picker is disabled offline.
import { useId, useState } from 'react';
import { ApiError } from '../../api/client';
import { MAX_ATTACHMENTS, attachmentUrl, forum, sizeParts, type PostAttachment } from '../../api/forum';
import { useOnline } from '../../components/useOnline';
import { useErrorText, useFormat, useT } from '../../i18n/I18n';

/** "12.5 KB" in the reader's language. */
function useSize() {
  const t = useT();
  const format = useFormat();
  return (bytes: number) => {
    const { size, units } = sizeParts(bytes);
    return t('forum-file-size', { size: format.number(size), units });
  };
}

interface Failure {
  name: string;
  error: unknown;
}

/**
 * The file picker of a compose form. `files` are the uploaded attachments the post will carry
 * (in order); `onChange` gets the new list after an upload or a removal.
 */
export function AttachPicker({ code, files, onChange }: { code: string; files: PostAttachment[]; onChange: (files: PostAttachment[]) => void }) {
  const t = useT();
  const id = useId();
  const online = useOnline();
  const size = useSize();
  const errorText = useErrorText();
  const [uploading, setUploading] = useState<string[]>([]);
  const [failures, setFailures] = useState<Failure[]>([]);
  const full = files.length + uploading.length >= MAX_ATTACHMENTS;
  const hintId = `${id}-hint`;

  const choose = async (chosen: File[]) => {
    setFailures([]);
    const room = MAX_ATTACHMENTS - files.length - uploading.length;
    const taken = chosen.slice(0, Math.max(0, room));
    const failed: Failure[] = chosen.slice(taken.length).map((f) => ({ name: f.name, error: 'too_many' }));
    setUploading((u) => [...u, ...taken.map((f) => f.name)]);
    let next = files;
    for (const file of taken) {
      try {
        const uploaded = await forum.upload(code, file, file.name);
        // The same file twice would fail the post (`fields.attachments`); keep it once.
        if (!next.some((f) => f.sha256 === uploaded.sha256)) {
          next = [...next, uploaded];
          onChange(next);
        }
      } catch (e) {
        failed.push({ name: file.name, error: e });
      } finally {
        setUploading((u) => {
          const i = u.indexOf(file.name);
          return i < 0 ? u : [...u.slice(0, i), ...u.slice(i + 1)];
        });
      }
    }
    setFailures(failed);
  };

  const explain = ({ name, error }: Failure) => {
    if (error === 'too_many') return t('forum-attach-too-many', { name, count: MAX_ATTACHMENTS });
    if (error instanceof ApiError && error.code === 'file_too_large') return t('forum-attach-too-large', { name });
    if (error instanceof ApiError && error.code === 'file_type_not_allowed') return t('forum-attach-type-not-allowed', { name });
    return t('forum-attach-failed', { name, detail: errorText(error) });
  };

  return (
    <div className="field attach">
      <label htmlFor={id}>{t('forum-attach')}</label>
      <p id={hintId} className="hint">
        {online ? t('forum-attach-hint', { count: MAX_ATTACHMENTS }) : t('forum-attach-offline')}
      </p>
      <input
        id={id}
        type="file"
        multiple
        disabled={!online || full}
        aria-describedby={hintId}
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])];
          // Clear the input so choosing the same file again (after removing it) fires again.
          e.target.value = '';
          if (chosen.length > 0) void choose(chosen);
        }}
      />
      {uploading.length > 0 && (
        <p role="status" className="muted">
          {t('forum-attach-uploading', { name: uploading.join(', ') })}
        </p>
      )}
      {failures.length > 0 && (
        <div className="error" role="alert">
          {failures.map((f, i) => (
            <p key={`${f.name}-${i}`}>
              <strong>{t('error-title')}.</strong> {explain(f)}
            </p>
          ))}
        </div>
      )}
      {files.length > 0 && (
        <ul className="attach-list" aria-label={t('forum-attachments')}>
          {files.map((f) => (
            <li key={f.sha256}>
              <span>
                {f.name} <span className="muted">({size(f.size_bytes)})</span>
              </span>{' '}
              <button type="button" className="secondary" onClick={() => onChange(files.filter((x) => x.sha256 !== f.sha256))}>
                {t('forum-attach-remove', { name: f.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A post's attachments: download links with name and size; images also as a small thumbnail. */
export function PostAttachments({ code, files }: { code: string; files: PostAttachment[] }) {
  const t = useT();
  const size = useSize();
  if (files.length === 0) return null;
  return (
    <ul className="attach-list post-attachments" aria-label={t('forum-attachments')} data-testid="attachments">
      {files.map((f) => {
        const url = attachmentUrl(code, f);
        return (
          <li key={f.sha256}>
            {f.content_type.startsWith('image/') && <img className="attach-thumb" src={url} alt={f.name} loading="lazy" decoding="async" width={96} height={96} />}
            <a href={url} download={f.name}>
              {f.name}
            </a>{' '}
            <span className="muted">({size(f.size_bytes)})</span>
          </li>
        );
      })}
    </ul>
  );
}
