// pg_trgm's `similarity(a, b)` computed here, for the texts whose trigrams are plain: clustering
// used to ask PostgreSQL for the similarity of every candidate text (~270 a report), and pg_trgm
// re-reads the report's trigrams and lower-cases both texts through the locale on each call —
// ~15 % of the candidate statement (bench/RESULTS.md 3, session 34). The candidate texts are fetched
// anyway, so the score costs nothing to transfer.
//
// Exact, not an approximation: for a text of ASCII letters, digits and spaces only (what
// normalizeReportText gives Kazakh, Russian and English: toMatchKey), pg_trgm's words are the runs
// between spaces, lower-casing changes nothing, and each word padded as "  word " gives its
// trigrams; the score is shared / (|a| + |b| − shared) over distinct trigrams, in single precision
// (CALCSML in trgm_op.c), as the statement returned it. Any other character (a letter of another
// script: its trigrams are hashed, and which letters form words depends on the database's locale)
// returns null, and the caller asks PostgreSQL (trigram-similarity.test.ts checks both against it).

/** Distinct trigrams of a plain text as sorted codes, or null when the text is not plain (see above). */
export type Trigrams = Uint16Array;

const SPACE = 0;
/** ' ' → 0, 'a'…'z' → 1…26, '0'…'9' → 27…36: a trigram is a number below 37³ = 50,653. */
function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 48 && code <= 57) return code - 21;
  if (code === 32) return SPACE;
  return -1;
}

/** pg_trgm's trigrams of the text (show_trgm), as sorted distinct codes; null when the text holds anything but a–z, 0–9 and spaces. */
export function plainTrigrams(text: string): Trigrams | null {
  const codes: number[] = [];
  let a = SPACE;
  let b = SPACE;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const s = i < text.length ? symbol(text.charCodeAt(i)) : SPACE;
    if (s < 0) return null;
    if (s === SPACE) {
      // a word ends: its last trigram has one space of padding after it ("rd ")
      if (inWord) codes.push(a * 1369 + b * 37 + SPACE);
      inWord = false;
      a = SPACE;
      b = SPACE;
      continue;
    }
    // a word starts with two spaces of padding before it ("  w", " wo", …)
    codes.push(a * 1369 + b * 37 + s);
    a = b;
    b = s;
    inWord = true;
  }
  const sorted = Uint16Array.from(codes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** pg_trgm's similarity of two texts' trigrams (plainTrigrams), as PostgreSQL returns it (float4, read as a double). */
export function trigramSimilarity(a: Trigrams, b: Trigrams): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  // float4 division of two exact integers; rounding the double quotient to single precision gives
  // the same value (a double carries more than twice a float's digits, so rounding twice is exact)
  return Math.fround(shared / (a.length + b.length - shared));
}

/**
 * float4AsPrinted's answers: a search prints ~600 sightings' similarities, each through a
 * 60-digit expansion and BigInts (1.4 % of the search process's busy time, bench/RESULTS.md 3, session
 * 37), while the values are few (shared / (|a| + |b| − shared) of small counts) and recur.
 */
const PRINTED_FLOATS_SIZE = 100_000;
const printedFloats = new Map<number, number>();

/**
 * A float4 as PostgreSQL prints it (float4out: the shortest digits that read back as the same
 * float4, the nearest of them, ties to even), read back as a double: what a similarity() put in
 * JSON (jsonb_build_object) arrives as. 0.33333334, not the float's exact 0.3333333432674408.
 */
export function float4AsPrinted(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  let printed = printedFloats.get(value);
  if (printed === undefined) {
    if (printedFloats.size >= PRINTED_FLOATS_SIZE) printedFloats.clear();
    printedFloats.set(value, (printed = printFloat4(value)));
  }
  return printed;
}

function printFloat4(value: number): number {
  // a float's decimal expansion is finite; 60 digits hold every similarity's exactly
  const [mantissa, exponent] = Math.abs(value).toExponential(60).split('e');
  const digits = mantissa!.replace('.', '');
  for (let p = 1; p <= 9; p++) {
    let head = BigInt(digits.slice(0, p));
    const rest = digits.slice(p);
    const beyondHalf = rest[0]! > '5' || (rest[0] === '5' && /[1-9]/.test(rest.slice(1)));
    const half = rest[0] === '5' && !/[1-9]/.test(rest.slice(1));
    if (beyondHalf || (half && head % 2n === 1n)) head += 1n;
    const printed = Math.sign(value) * Number(`${head}e${Number(exponent) - p + 1}`);
    if (Math.fround(printed) === value) return printed;
  }
  return value;
}
