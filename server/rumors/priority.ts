// How urgent a rumour is. Documented, explainable, and the same function everywhere:
//   score = 10·log2(1 + sightings)            how many people heard it
//         + 6·sightings in the last 6 hours  (capped at 10) how fast it spreads now
//         + 4·(distinct settlements − 1)     (capped at 8)  how far it has travelled
//         + 5·(regions − 1)                  (capped at 4)
//         + 8·risk-term weight               (capped at 6)  violence, arson, attacks on children …
//         + 6·region risk level (0–3)                        tension set by admins
// Levels: CRITICAL ≥ 60, HIGH ≥ 35, NORMAL ≥ 15, LOW below. A risk weight of 3 (e.g. "coming to
// attack", an assault on a child) makes a rumour at least HIGH whatever its numbers.
import type { PriorityLevel } from '../db/generated/enums';

export interface PriorityInputs {
  sightingCount: number;
  sightingsLast6h: number;
  settlementCount: number;
  regionCount: number;
  /** Sum of the weights of the risk terms found, capped at 6. */
  riskWeight: number;
  /** Highest admin-set risk level (0–3) among the rumour's regions. */
  regionRiskLevel: number;
}

export interface PriorityReason {
  factor: 'sightings' | 'velocity' | 'spread' | 'regions' | 'risk' | 'regionRisk';
  points: number;
}

export interface Priority {
  score: number;
  level: PriorityLevel;
  reasons: PriorityReason[];
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

export function computePriority(inputs: PriorityInputs): Priority {
  const reasons: PriorityReason[] = [
    { factor: 'sightings', points: 10 * Math.log2(1 + Math.max(0, inputs.sightingCount)) },
    { factor: 'velocity', points: 6 * clamp(inputs.sightingsLast6h, 10) },
    { factor: 'spread', points: 4 * clamp(inputs.settlementCount - 1, 8) },
    { factor: 'regions', points: 5 * clamp(inputs.regionCount - 1, 4) },
    { factor: 'risk', points: 8 * clamp(inputs.riskWeight, 6) },
    { factor: 'regionRisk', points: 6 * clamp(inputs.regionRiskLevel, 3) },
  ].map((r) => ({ ...r, points: Math.round(r.points * 10) / 10 })) as PriorityReason[];
  const score = Math.round(reasons.reduce((sum, r) => sum + r.points, 0) * 10) / 10;
  let level: PriorityLevel = score >= 60 ? 'CRITICAL' : score >= 35 ? 'HIGH' : score >= 15 ? 'NORMAL' : 'LOW';
  if (inputs.riskWeight >= 3 && (level === 'NORMAL' || level === 'LOW')) level = 'HIGH';
  return { score, level, reasons };
}

/** Response deadline: the first sighting plus the hours allowed for the level. */
export function responseDeadline(firstSeenAt: Date, level: PriorityLevel, deadlineHours: Record<PriorityLevel, number>): Date {
  return new Date(firstSeenAt.getTime() + deadlineHours[level] * 3_600_000);
}
