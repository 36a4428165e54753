// Contrast classes of the claim lexicon: two claims naming different members of one class (and
// none in common) are different claims. "settlement" also holds the settlements table's places.
export const CONTRAST_CLASSES = ['worship', 'faith', 'ethnic', 'platform', 'brand', 'institution', 'utility', 'goods', 'payment', 'currency', 'weekday', 'month', 'disease', 'transport', 'direction', 'settlement'] as const;
export type ContrastClass = (typeof CONTRAST_CLASSES)[number];
