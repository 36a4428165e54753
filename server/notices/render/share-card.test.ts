import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderShareCard, type ShareCardInput } from './share-card';

/** How many pixels of the card's bottom-right corner (where the code goes) are not white. */
async function inkInCodeCorner(png: ArrayBuffer): Promise<number> {
  const { data, info } = await sharp(Buffer.from(png)).extract({ left: 700, top: 560, width: 480, height: 60 }).raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) ink++;
  return ink;
}

const base: ShareCardInput = { verdict: 'TRUE', verdictLabel: 'True', claim: 'The bridge at Atyrau reopens on Monday.', caption: 'Is it true?', siteName: 'Raspa' };

describe('share card', () => {
  it.each([
    ['stamp and claim', base],
    ['fact first', { ...base, verdict: 'FALSE' as const, factFirst: { fact: 'The port of Aktau works as usual.', factLabel: 'Fact', claimLabel: 'Claim', checkedBy: 'Checked by Raspa' } }],
  ])('prints the verification code in its corner (%s), so a screenshot of it can be checked', async (_layout, input) => {
    const withoutCode = await inkInCodeCorner(await renderShareCard(input));
    const withCode = await inkInCodeCorner(await renderShareCard({ ...input, verificationLine: 'Verification code: K7PMQ-4XD2A' }));
    expect(withoutCode).toBe(0);
    expect(withCode).toBeGreaterThan(200);
  });
});
