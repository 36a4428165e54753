// The share card (1200×630 PNG) a messenger shows when a notice link is pasted: the verdict stamp
// and the claim, in the page's language. Rendered with next/og (satori + resvg) using Noto Sans
// from @fontsource (WOFF; satori cannot read WOFF2). Kazakh letters live in the cyrillic-ext subset.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { Verdict } from '../../db/generated/enums';

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
}

export async function renderShareCard(input: ShareCardInput): Promise<ArrayBuffer> {
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
          {/* A rubber stamp: a thick rim around a thin inner line (satori has no "double" border). */}
          <div style={{ display: 'flex', padding: 6, border: `6px ${input.verdict === 'CHECKING' ? 'dashed' : 'solid'} ${colour.ink}`, borderRadius: 16, background: colour.soft, transform: 'rotate(-2deg)' }}>
            <div
              style={{
                display: 'flex',
                padding: '6px 26px',
                border: `3px solid ${colour.ink}`,
                borderRadius: 10,
                color: colour.ink,
                fontSize: 64,
                fontWeight: 700,
                letterSpacing: 3,
                textTransform: input.verdict === 'CHECKING' ? 'none' : 'uppercase',
              }}
            >
              {input.verdictLabel}
            </div>
          </div>
        </div>
        <div style={{ display: 'flex', flex: 1, padding: '30px 56px 48px 56px', fontSize: claim.length > 90 ? 44 : 54, fontWeight: 700, lineHeight: 1.25, color: '#17202a' }}>
          {claim}
        </div>
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
  return response.arrayBuffer();
}
