// Which verification code a notice's share card prints, and the token in the card's address
// (card.png?v=…). Kept apart from share-card.tsx so the notice page links the card without loading
// the image renderer.
import type { PublicNotice } from '../get-notice';

type CardNotice = Pick<PublicNotice, 'version' | 'status' | 'verificationCode' | 'withdrawalCode'>;

/** The published version's code; for a notice withdrawn before signing existed, its withdrawal's. */
export function shareCardCode(notice: CardNotice): string | null {
  return notice.verificationCode ?? (notice.status === 'WITHDRAWN' ? notice.withdrawalCode : null);
}

/**
 * The card's address token: it changes with the version, the withdrawal and the code, so a
 * messenger or CDN that cached the card of the live notice fetches the withdrawn one afresh.
 */
export function shareCardVersion(notice: CardNotice): string {
  const withdrawn = notice.status === 'WITHDRAWN';
  const code = shareCardCode(notice);
  return [String(notice.version), withdrawn ? 'w' : '', code ? code.slice(0, 5).toLowerCase() : ''].filter(Boolean).join('-');
}
