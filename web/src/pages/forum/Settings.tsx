import { useEffect, useState } from 'react';
import { forum } from '../../api/forum';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field, Form, useSubmit } from '../../components/Form';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useApi } from '../../components/useApi';
import { useT } from '../../i18n/I18n';
import { useParams } from '../../router';
import { ForumNav } from './common';

/** Territory forum settings (territory admins): reaction emoji, rate limits, post size. */
export default function Settings() {
  const { code = '' } = useParams();
  const t = useT();
  const current = useApi((signal) => forum.settings(code, { signal }), `forum-settings-${code}`);
  const [emoji, setEmoji] = useState('');
  const [perMinute, setPerMinute] = useState('');
  const [newHours, setNewHours] = useState('');
  const [newPerDay, setNewPerDay] = useState('');
  const [maxChars, setMaxChars] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const s = current.data;
    if (!s) return;
    setEmoji(s.emoji.join(' '));
    setPerMinute(String(s.posts_per_minute));
    setNewHours(String(s.new_user_hours));
    setNewPerDay(String(s.new_user_posts_per_day));
    setMaxChars(String(s.max_post_chars));
  }, [current.data]);
  const save = useSubmit(async () => {
    setSaved(false);
    await forum.saveSettings(code, {
      emoji: emoji.split(/\s+/).filter(Boolean),
      posts_per_minute: Number(perMinute),
      new_user_hours: Number(newHours),
      new_user_posts_per_day: Number(newPerDay),
      max_post_chars: Number(maxChars),
    });
    setSaved(true);
    current.reload();
  });
  return (
    <>
      <PageHeading title={t('forum-settings')} />
      <ForumNav code={code} />
      {current.error !== undefined && <ErrorMessage error={current.error} onRetry={current.reload} />}
      {current.loading && !current.data && <Loading />}
      {saved && (
        <p className="notice" role="status">
          {t('forum-settings-saved')}
        </p>
      )}
      {current.data && (
        <Form submission={save} submitLabel={t('forum-save')} label={t('forum-settings')}>
          <Field label={t('forum-settings-emoji')} hint={t('forum-settings-emoji-hint')} name="emoji" required value={emoji} onChange={(e) => setEmoji(e.target.value)} error={save.fields.emoji} />
          <Field label={t('forum-settings-per-minute')} name="posts_per_minute" type="number" min={1} max={1000} required value={perMinute} onChange={(e) => setPerMinute(e.target.value)} error={save.fields.posts_per_minute} />
          <Field label={t('forum-settings-new-hours')} name="new_user_hours" type="number" min={0} max={8760} required value={newHours} onChange={(e) => setNewHours(e.target.value)} error={save.fields.new_user_hours} />
          <Field label={t('forum-settings-new-per-day')} name="new_user_posts_per_day" type="number" min={1} max={100000} required value={newPerDay} onChange={(e) => setNewPerDay(e.target.value)} error={save.fields.new_user_posts_per_day} />
          <Field label={t('forum-settings-max-chars')} name="max_post_chars" type="number" min={100} max={200000} required value={maxChars} onChange={(e) => setMaxChars(e.target.value)} error={save.fields.max_post_chars} />
        </Form>
      )}
    </>
  );
}
