import { describe, expect, it } from 'vitest';
import { noticeClaimTokens } from './notice-search-fields';

describe('noticeClaimTokens', () => {
  it('takes what the title names and, from the summary, only what the title leaves open', () => {
    // "Bread in Oral will not cost 350 tenge … the dearest loaf costs 200": the notice is about 350.
    const title = new Set(['#350', '@oral', 'goods:bread', 'price']);
    const summary = new Set(['#200', '@kostanay', 'goods:bread', 'institution:akimat', 'regulate', '~bakery']);
    expect([...noticeClaimTokens(title, summary)].sort()).toEqual(['#350', '@oral', 'goods:bread', 'institution:akimat', 'price', 'regulate', '~bakery']);
  });

  it('keeps the summary’s place and numbers when the title names none', () => {
    expect([...noticeClaimTokens(new Set(['burn', 'worship:mosque']), new Set(['@pavlodar', '#3']))].sort()).toEqual(['#3', '@pavlodar', 'burn', 'worship:mosque']);
  });
});
