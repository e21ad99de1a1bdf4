import { useT } from '../i18n/I18n';

/** Territory health in words, coloured (never colour alone). */
export function HealthBadge({ health }: { health: string }) {
  const t = useT();
  const ok = health === 'ok';
  return <span className={`badge ${ok ? 'badge-ok' : 'badge-bad'}`}>{t(ok ? 'health-ok' : 'health-unavailable')}</span>;
}

/** A node's observed state in words. */
export function NodeStateBadge({ state }: { state: string }) {
  const t = useT();
  const tone = state === 'primary' || state === 'standby' ? 'badge-ok' : state === 'down' ? 'badge-bad' : 'badge-neutral';
  return <span className={`badge ${tone}`}>{t(`node-state-${state}`)}</span>;
}
