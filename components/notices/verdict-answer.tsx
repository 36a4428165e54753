// "Already checked — here is the answer": the verdict in the debunking order (the fact, then the
// claim once, flagged with its verdict), the link to the notice and the share buttons. Plain markup
// with no hooks of its own, so the report form's result screen (client) and the tracking page
// (server) show the same thing; only the share buttons need JavaScript, and degrade to links.
// Styled inline for the same reason as the share buttons (no stylesheet in the on-demand chunk).
import { ShareButtons, type ShareLabels } from './share-buttons';
import { leadsWithFact } from '@/server/notices/debunk-order';
import type { CSSProperties } from 'react';

export interface VerdictAnswerProps {
  id: string;
  heading: string;
  verdict: string;
  /** The verdict as a word ("False"). */
  verdictLabel: string;
  /** The claim (the notice's title) and the verified fact (its summary). */
  claim: string;
  fact: string;
  /** The notice page: a path for the link, the absolute URL for sharing. */
  href: string;
  url: string;
  readLabel: string;
  shareTitle: string;
  shareText: string;
  shareLabels: ShareLabels;
  /** The language of claim and fact when it is not the page's. */
  textLanguage?: string;
}

const EDGE: Record<string, string> = { FALSE: 'var(--color-danger)', MISLEADING: 'var(--color-warning)', TRUE: 'var(--color-success)' };
const BOX: CSSProperties = { margin: 'var(--space-3) 0', padding: 'var(--space-3)', border: '1px solid var(--color-border)', borderRadius: 'var(--radius)', background: 'var(--color-surface)' };
const HEADING: CSSProperties = { margin: '0 0 var(--space-2)', fontSize: '1.05rem' };
const FACT: CSSProperties = { margin: '0 0 var(--space-2)', fontSize: '1.1rem', fontWeight: 700, overflowWrap: 'anywhere' };
const CLAIM: CSSProperties = { margin: '0 0 var(--space-2)', overflowWrap: 'anywhere' };
/** The claim is shown once, flagged: it must not read like a headline of its own. */
const MYTH: CSSProperties = { color: 'var(--color-muted)', textDecoration: 'line-through', textDecorationThickness: 1 };

export function VerdictAnswer(props: VerdictAnswerProps) {
  const fact = (
    <p style={FACT} lang={props.textLanguage} key="fact">
      {props.fact}
    </p>
  );
  const claim = (
    <p style={CLAIM} key="claim">
      <span className={`badge badge--${props.verdict}`}>{props.verdictLabel}</span>{' '}
      <span style={leadsWithFact(props.verdict) ? MYTH : undefined} lang={props.textLanguage}>
        «{props.claim}»
      </span>
    </p>
  );
  return (
    <section style={{ ...BOX, borderLeft: `6px solid ${EDGE[props.verdict] ?? 'var(--color-brand)'}` }} aria-labelledby={`${props.id}-title`} data-testid="verdict-answer" data-verdict={props.verdict}>
      <h3 id={`${props.id}-title`} style={HEADING}>
        {props.heading}
      </h3>
      {leadsWithFact(props.verdict) ? [fact, claim] : [claim, fact]}
      <p style={{ margin: 0 }}>
        <a href={props.href}>{props.readLabel}</a>
      </p>
      <h4 style={{ margin: 'var(--space-3) 0 0', fontSize: '1rem' }}>{props.shareTitle}</h4>
      <ShareButtons url={props.url} text={props.shareText} title={props.claim} labels={props.shareLabels} />
    </section>
  );
}
