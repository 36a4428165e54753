'use client';

// React.lazy handles on the parts in on-demand.ts (one chunk, so one loader in the first load), and
// <OnDemand> to show them: its fallback stands in while the chunk loads and, should it fail to load
// (connection lost before the service worker had it), for good — the page never falls over.
import { Component, Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import type * as Parts from './on-demand';

export const loadOnDemandParts = () => import('./on-demand');

type Components = { [K in keyof typeof Parts]: (typeof Parts)[K] extends (props: never) => ReactNode ? K : never }[keyof typeof Parts];

function part<K extends Components>(name: K) {
  return lazy(() => loadOnDemandParts().then((parts) => ({ default: parts[name] as ComponentType<Parameters<(typeof Parts)[K]>[0]> })));
}

export const ContactFields = part('ContactFields');
export const ImageList = part('ImageList');
export const NoticeMatches = part('NoticeMatches');
export const OutboxNotices = part('OutboxNotices');
export const QueuedResult = part('QueuedResult');
export const SentResult = part('SentResult');
export const SettlementSuggestions = part('SettlementSuggestions');

class LoadFailed extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function OnDemand({ fallback = null, children }: { fallback?: ReactNode; children: ReactNode }) {
  return (
    <LoadFailed fallback={fallback}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </LoadFailed>
  );
}
