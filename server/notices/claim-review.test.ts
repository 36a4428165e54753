import { describe, expect, it } from 'vitest';
import { buildClaimReview, CLAIM_REVIEW_RATING, jsonForScript } from './claim-review';

const base = {
  claim: 'В Жанаозене погибли сотни людей',
  verdictLabel: 'Ложь',
  language: 'ru',
  url: 'https://raspa.example/ru/notices/zhanaozen',
  siteUrl: 'https://raspa.example',
  claimFirstSeenAt: new Date('2026-11-18T10:00:00Z'),
  firstPublishedAt: new Date('2026-11-19T08:00:00Z'),
  lastPublishedAt: new Date('2026-11-20T08:00:00Z'),
};

describe('ClaimReview JSON-LD', () => {
  it('has every field fact-check readers need', () => {
    const review = buildClaimReview({ ...base, verdict: 'FALSE' })!;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: base.claim,
      url: base.url,
      datePublished: '2026-11-19T08:00:00.000Z',
      author: { '@type': 'Organization', name: 'Raspa', url: 'https://raspa.example' },
      reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'Ложь' },
      itemReviewed: {
        '@type': 'Claim',
        datePublished: '2026-11-18T10:00:00.000Z',
        firstAppearance: { '@type': 'CreativeWork', datePublished: '2026-11-18T10:00:00.000Z' },
      },
    });
    // No one's identity: the claim has no author.
    expect(JSON.stringify(review.itemReviewed)).not.toContain('author');
  });

  it('uses the documented scale, worst to best', () => {
    expect(CLAIM_REVIEW_RATING).toEqual({ FALSE: 1, MISLEADING: 2, UNVERIFIED: 3, TRUE: 5 });
    expect((buildClaimReview({ ...base, verdict: 'TRUE' })!.reviewRating as { ratingValue: number }).ratingValue).toBe(5);
  });

  it('is not produced for an interim notice', () => {
    expect(buildClaimReview({ ...base, verdict: 'CHECKING' })).toBeNull();
  });

  it('cannot close its <script> element', () => {
    const json = jsonForScript(buildClaimReview({ ...base, verdict: 'FALSE', claim: '</script><script>alert(1)</script>' }));
    expect(json).not.toContain('<');
    expect(JSON.parse(json).claimReviewed).toBe('</script><script>alert(1)</script>');
  });
});
