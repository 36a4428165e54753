import type { Verdict } from '@/server/db/generated/enums';

export function VerdictBadge({ verdict, label }: { verdict: Verdict | string; label: string }) {
  return <span className={`badge badge--${verdict}`}>{label}</span>;
}
