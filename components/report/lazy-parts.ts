'use client';

// React.lazy handles on the parts in on-demand.ts (one chunk, so one loader in the first load).
import { lazy, type ComponentType } from 'react';
import type * as OnDemand from './on-demand';

export const loadOnDemandParts = () => import('./on-demand');

function part<K extends keyof typeof OnDemand>(name: K) {
  return lazy(() => loadOnDemandParts().then((parts) => ({ default: parts[name] as ComponentType<Parameters<(typeof OnDemand)[K]>[0]> })));
}

export const ContactFields = part('ContactFields');
export const ImageList = part('ImageList');
export const NoticeMatches = part('NoticeMatches');
export const QueuedResult = part('QueuedResult');
export const SentResult = part('SentResult');
export const SettlementSuggestions = part('SettlementSuggestions');
