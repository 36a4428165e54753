// "Already checked — here is the answer": the verdict in the debunking order (the fact, then the
// claim once, flagged with its verdict), the link to the notice and the share buttons. Plain markup
// with no hooks of its own, so the report form's result screen (client) and the tracking page
// (server) show the same thing; only the share buttons need JavaScript, and degrade to links.
import { ShareButtons, type ShareLabels } from './share-buttons';
import { leadsWithFact } from '@/server/notices/debunk-order';
import styles from './verdict-answer.module.css';

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

export function VerdictAnswer(props: VerdictAnswerProps) {
  const fact = (
    <p className={styles.fact} lang={props.textLanguage} key="fact">
      {props.fact}
    </p>
  );
  const claim = (
    <p className={styles.claim} key="claim">
      <span className={`badge badge--${props.verdict}`}>{props.verdictLabel}</span>{' '}
      <span className={leadsWithFact(props.verdict) ? styles.myth : undefined} lang={props.textLanguage}>
        «{props.claim}»
      </span>
    </p>
  );
  return (
    <section className={styles.answer} aria-labelledby={`${props.id}-title`} data-testid="verdict-answer" data-verdict={props.verdict}>
      <h3 id={`${props.id}-title`} className={styles.heading}>
        {props.heading}
      </h3>
      {leadsWithFact(props.verdict) ? [fact, claim] : [claim, fact]}
      <p className={styles.read}>
        <a href={props.href}>{props.readLabel}</a>
      </p>
      <h4 className={styles.shareTitle}>{props.shareTitle}</h4>
      <ShareButtons url={props.url} text={props.shareText} title={props.claim} labels={props.shareLabels} />
    </section>
  );
}
