// The share card (1200×630 PNG) a messenger shows when a notice link is pasted, in the page's
// language. For a false, misleading or unverified claim it is a "truth sandwich" (see
// server/notices/debunk-order.ts): the verified fact as the headline, the claim once — struck
// through beside its verdict stamp — and who checked it; a true claim, an interim notice or a
// withdrawn one shows the stamp and the claim. Rendered with next/og (satori + resvg) using Noto Sans
// from @fontsource (WOFF; satori cannot read WOFF2). Kazakh letters live in the cyrillic-ext subset.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { Verdict } from '../../db/generated/enums';
import type { Translator } from '../../i18n/translator';
import { formatVerificationCode } from '../../signing/verification-code';
import { leadsWithFact } from '../debunk-order';
import type { PublicNotice } from '../get-notice';
import { shareCardCode } from './share-card-address';

const STAMP_COLOURS: Record<Verdict, { ink: string; soft: string }> = {
  FALSE: { ink: '#b42318', soft: '#fdecea' },
  MISLEADING: { ink: '#8a5a00', soft: '#fff4db' },
  TRUE: { ink: '#146c2e', soft: '#e6f4ea' },
  UNVERIFIED: { ink: '#4a5563', soft: '#eef0f3' },
  CHECKING: { ink: '#0b5cad', soft: '#e6f0fa' },
};

// Each @fontsource subset is its own family: satori falls back along the family list per glyph,
// not across files that share one name.
const FONT_FAMILY = "'Noto Sans latin', 'Noto Sans cyrillic', 'Noto Sans cyrillic-ext', 'Noto Sans latin-ext'";

type FontEntry = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };
let fontsPromise: Promise<FontEntry[]> | null = null;

function loadFonts(): Promise<FontEntry[]> {
  fontsPromise ??= Promise.all(
    (['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => {
        const file = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans/files', `noto-sans-${subset}-${weight}-normal.woff`);
        const data = await readFile(file);
        return { name: `Noto Sans ${subset}`, data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer, weight, style: 'normal' as const };
      }),
    ),
  );
  return fontsPromise;
}

export interface ShareCardInput {
  verdict: Verdict;
  verdictLabel: string;
  claim: string;
  caption: string;
  siteName: string;
  /** "Verification code: ABCDE-FGHJK", so a screenshot of the card can be checked at /verify too. */
  verificationLine?: string | null;
  /** Present for the fact-first layout: the verified fact and the card's words around it. */
  factFirst?: { fact: string; factLabel: string; claimLabel: string; checkedBy: string } | null;
  /** Present for a withdrawn notice: the card says so above all else ("Was: False", "Do not rely on it"). */
  withdrawn?: { was: string; note: string } | null;
}

/**
 * What the card of one notice says, in `locale`. A withdrawn notice shows WITHDRAWN, the verdict it
 * had, and the code of the version that was published (so /verify answers "withdrawn" for it); a
 * notice withdrawn before signing existed has only its withdrawal's code, which answers the same.
 */
export function shareCardInputFor(notice: PublicNotice, t: Translator): ShareCardInput {
  const withdrawn = notice.status === 'WITHDRAWN';
  const code = shareCardCode(notice);
  return {
    verdict: notice.verdict,
    verdictLabel: withdrawn ? t('share.card.withdrawn') : t(`verdict.${notice.verdict}`),
    claim: notice.title,
    caption: t('common.tagline'),
    siteName: t('common.appName'),
    verificationLine: code ? t('verify.onNotice', { code: formatVerificationCode(code) }) : null,
    // The debunking order for a live false/misleading/unverified verdict (server/notices/debunk-order.ts).
    factFirst:
      !withdrawn && leadsWithFact(notice.verdict)
        ? { fact: notice.summary, factLabel: t('share.card.fact'), claimLabel: t('share.card.claim'), checkedBy: t('share.card.checkedBy') }
        : null,
    withdrawn: withdrawn ? { was: t('share.card.withdrawnWas', { verdict: t(`verdict.${notice.verdict}`) }), note: t('share.card.withdrawnNote') } : null,
  };
}


function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : text;
}

/** A rubber stamp: a thick rim around a thin inner line (satori has no "double" border). */
function Stamp({ verdict, label, size }: { verdict: Verdict; label: string; size: number }) {
  const colour = STAMP_COLOURS[verdict];
  return (
    <div style={{ display: 'flex', padding: size > 50 ? 6 : 4, border: `${size > 50 ? 6 : 4}px ${verdict === 'CHECKING' ? 'dashed' : 'solid'} ${colour.ink}`, borderRadius: 14, background: colour.soft, transform: 'rotate(-2deg)' }}>
      <div
        style={{
          display: 'flex',
          padding: size > 50 ? '6px 26px' : '2px 16px',
          border: `${size > 50 ? 3 : 2}px solid ${colour.ink}`,
          borderRadius: 10,
          color: colour.ink,
          fontSize: size,
          fontWeight: 700,
          letterSpacing: 3,
          textTransform: verdict === 'CHECKING' ? 'none' : 'uppercase',
        }}
      >
        {label}
      </div>
    </div>
  );
}

export async function renderShareCard(input: ShareCardInput): Promise<ArrayBuffer> {
  if (input.withdrawn) return renderWithdrawnCard(input, input.withdrawn);
  if (input.factFirst) return renderFactFirstCard(input, input.factFirst);
  const colour = STAMP_COLOURS[input.verdict];
  const claim = input.claim.length > 150 ? `${input.claim.slice(0, 147)}…` : input.claim;
  const response = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: FONT_FAMILY, borderLeft: `28px solid ${colour.ink}` }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '36px 56px 0 56px' }}>
          <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#0b5cad' }}>{input.siteName}</div>
          <div style={{ display: 'flex', fontSize: 26, color: '#4a5563' }}>{input.caption}</div>
        </div>
        <div style={{ display: 'flex', padding: '28px 56px 0 56px' }}>
          <Stamp verdict={input.verdict} label={input.verdictLabel} size={64} />
        </div>
        <div style={{ display: 'flex', flex: 1, padding: '30px 56px 48px 56px', fontSize: claim.length > 90 ? 44 : 54, fontWeight: 700, lineHeight: 1.25, color: '#17202a' }}>
          {claim}
        </div>
        {input.verificationLine ? (
          <div style={{ display: 'flex', justifyContent: 'flex-end', padding: '0 56px 30px 56px', fontSize: 26, fontWeight: 700, color: '#4a5563' }}>{input.verificationLine}</div>
        ) : null}
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
  return response.arrayBuffer();
}

/** Fact (headline) → the claim, struck through beside its verdict stamp → who checked it. */
async function renderFactFirstCard(input: ShareCardInput, words: NonNullable<ShareCardInput['factFirst']>): Promise<ArrayBuffer> {
  const colour = STAMP_COLOURS[input.verdict];
  const fact = shorten(words.fact.trim(), 190);
  const claim = shorten(input.claim.trim(), 110);
  const factSize = fact.length > 140 ? 38 : fact.length > 90 ? 44 : 52;
  const response = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: FONT_FAMILY, borderLeft: `28px solid ${STAMP_COLOURS.TRUE.ink}` }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '30px 56px 0 56px' }}>
          <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#0b5cad' }}>{input.siteName}</div>
          <div style={{ display: 'flex', fontSize: 26, color: '#4a5563' }}>{input.caption}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', padding: '22px 56px 0 56px', flex: 1 }}>
          <div style={{ display: 'flex', fontSize: 26, fontWeight: 700, color: STAMP_COLOURS.TRUE.ink, textTransform: 'uppercase', letterSpacing: 2 }}>{words.factLabel}</div>
          <div style={{ display: 'flex', fontSize: factSize, fontWeight: 700, lineHeight: 1.2, color: '#17202a', marginTop: 8 }}>{fact}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24, margin: '0 56px', padding: '18px 24px', background: colour.soft, borderRadius: 16 }}>
          <Stamp verdict={input.verdict} label={input.verdictLabel} size={34} />
          <div style={{ display: 'flex', flexDirection: 'column', flex: 1 }}>
            <div style={{ display: 'flex', fontSize: 22, color: '#4a5563', textTransform: 'uppercase', letterSpacing: 2 }}>{words.claimLabel}</div>
            <div style={{ display: 'flex', fontSize: 30, color: '#4a5563', textDecoration: 'line-through', lineHeight: 1.25 }}>{`«${claim}»`}</div>
          </div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '16px 56px 26px 56px', fontSize: 26, fontWeight: 700, color: STAMP_COLOURS.TRUE.ink }}>
          <div style={{ display: 'flex' }}>{words.checkedBy}</div>
          {input.verificationLine ? <div style={{ display: 'flex', color: '#4a5563' }}>{input.verificationLine}</div> : null}
        </div>
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
  return response.arrayBuffer();
}

const WITHDRAWN_INK = '#1f2933';

/** WITHDRAWN stamp → "Was: False" → the claim (not struck through: the verdict on it no longer stands) → "Do not rely on it" and the code. */
async function renderWithdrawnCard(input: ShareCardInput, words: NonNullable<ShareCardInput['withdrawn']>): Promise<ArrayBuffer> {
  const claim = shorten(input.claim.trim(), 130);
  const response = new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#ffffff', fontFamily: FONT_FAMILY, borderLeft: `28px solid ${WITHDRAWN_INK}` }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '36px 56px 0 56px' }}>
          <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#0b5cad' }}>{input.siteName}</div>
          <div style={{ display: 'flex', fontSize: 26, color: '#4a5563' }}>{input.caption}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 28, padding: '28px 56px 0 56px' }}>
          <div style={{ display: 'flex', padding: 6, border: `6px solid ${WITHDRAWN_INK}`, borderRadius: 14, background: '#eef0f3', transform: 'rotate(-2deg)' }}>
            <div style={{ display: 'flex', padding: '6px 26px', border: `3px solid ${WITHDRAWN_INK}`, borderRadius: 10, color: WITHDRAWN_INK, fontSize: 60, fontWeight: 700, letterSpacing: 3, textTransform: 'uppercase' }}>
              {input.verdictLabel}
            </div>
          </div>
          <div style={{ display: 'flex', fontSize: 30, color: '#4a5563' }}>{words.was}</div>
        </div>
        <div style={{ display: 'flex', flex: 1, padding: '28px 56px 0 56px', fontSize: claim.length > 80 ? 40 : 48, fontWeight: 700, lineHeight: 1.25, color: '#4a5563' }}>
          {`«${claim}»`}
        </div>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 56px 30px 56px', fontSize: 26, fontWeight: 700 }}>
          <div style={{ display: 'flex', color: STAMP_COLOURS.FALSE.ink }}>{words.note}</div>
          {input.verificationLine ? <div style={{ display: 'flex', color: '#4a5563' }}>{input.verificationLine}</div> : null}
        </div>
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
  return response.arrayBuffer();
}
