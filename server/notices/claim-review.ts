// schema.org ClaimReview for a final notice, so search engines and fact-check aggregators can show
// the verdict beside the claim. Interim ("we are checking") notices get none: they rate nothing.
//
// Numeric scale (documented in README "ClaimReview rating scale"): worstRating 1, bestRating 5,
//   FALSE = 1, MISLEADING = 2, UNVERIFIED = 3, TRUE = 5.
// 4 is unused on purpose: Raspa has no "mostly true" verdict. `alternateName` carries the verdict in
// words, in the page's language, which is what Google and the ClaimReview readers display.
import type { Verdict } from '../db/generated/enums';

export const CLAIM_REVIEW_RATING: Record<Exclude<Verdict, 'CHECKING'>, number> = {
  FALSE: 1,
  MISLEADING: 2,
  UNVERIFIED: 3,
  TRUE: 5,
};
export const CLAIM_REVIEW_WORST = 1;
export const CLAIM_REVIEW_BEST = 5;

export interface ClaimReviewInput {
  verdict: Verdict;
  /** The claim as the notice states it (the notice title). */
  claim: string;
  /** The verdict in words in the page language. */
  verdictLabel: string;
  language: string;
  /** Absolute URL of the notice page. */
  url: string;
  /** Absolute URL of the site (the organisation). */
  siteUrl: string;
  /** When the rumour was first reported to Raspa (the claim's first known appearance). */
  claimFirstSeenAt: Date;
  firstPublishedAt: Date | null;
  lastPublishedAt: Date | null;
  /** Absolute URL of the share card, used as the review's image. */
  imageUrl?: string;
}

export function buildClaimReview(input: ClaimReviewInput): Record<string, unknown> | null {
  if (input.verdict === 'CHECKING') return null;
  const organisation = { '@type': 'Organization', name: 'Raspa', url: input.siteUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.url,
    inLanguage: input.language,
    claimReviewed: input.claim,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: CLAIM_REVIEW_RATING[input.verdict],
      bestRating: CLAIM_REVIEW_BEST,
      worstRating: CLAIM_REVIEW_WORST,
      alternateName: input.verdictLabel,
    },
    // Who first spread the claim is never published (reporters and their sources may be at risk),
    // so the Claim carries only when it was first seen, not an author.
    itemReviewed: {
      '@type': 'Claim',
      datePublished: input.claimFirstSeenAt.toISOString(),
      firstAppearance: { '@type': 'CreativeWork', datePublished: input.claimFirstSeenAt.toISOString() },
    },
    author: organisation,
    publisher: organisation,
    datePublished: (input.firstPublishedAt ?? input.lastPublishedAt ?? input.claimFirstSeenAt).toISOString(),
    ...(input.lastPublishedAt ? { dateModified: input.lastPublishedAt.toISOString() } : {}),
    ...(input.imageUrl ? { image: input.imageUrl } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<` is escaped so no text can close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
