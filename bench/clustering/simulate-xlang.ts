// Clustering of a cross-language labelled set in memory: the same decision as the worker
// (server/reports/cluster-report.ts chooseRumour), fed with every open rumour's texts instead of
// the database's candidate lookup, pg_trgm's similarity computed here, the same shuffled order and
// region rules. Seconds per set instead of minutes, so a rule can be checked on every set (each one
// as the held-out fold) before the real run; it gave the same numbers as evaluate-xlang.ts on the
// tuning and fresh2 sets before and after issue 11's seventh round. Clustering only (no search).
//
//   npx tsx bench/clustering/simulate-xlang.ts [--sets=tuning,untouched,fresh,fresh2,fresh3] [--port=55299] [--forget=0|1] [--verbose] [--wrong] [--misses[=examples.txt]] [--split-why] [--no-bridge | --bridge-rank=1.1] [--route-chosen] [--opening=reconcile|none|naive] [--reconcile-joined=whole|plain|none] [--no-consolidate] [--placeless]
//
// --no-bridge: no report merges the rumours it bridges (the worker before bench/RESULTS.md 1p); --verbose also
// prints each bridge merge, 'ok' when both rumours and the report are of one claim.
//
// --wrong prints every join of a report into a rumour holding another claim's report: the report, the text it
// matched, both concept keys, and the score and route of the match.
//
// As the worker (server/reports/report-regions.ts, since bench/RESULTS.md 1za), a report is compared with rumours
// of the region its reporter chose AND of the settlements its text names, and adds both to its rumour's regions.
// --route-chosen is the worker before 1za, for comparison: the chosen region alone when there is one.
//
// --opening: how the national queue (no region, no place named) meets the regions. reconcile (default, the
// worker since bench/RESULTS.md 1zd): each rumour started meets the other side once the queue is drained;
// none: never (before 1zd); naive: a regional report also meets rumours of no region and a national one every
// rumour, as it is placed (what no partitioning of the workers allows).
//
// Once drained (after each report here), the rumour the report is in is compared as a whole with every other
// open rumour and merged with one that is the same claim (server/reports/consolidate-rumours.ts, the worker since
// bench/RESULTS.md 1zg); --no-consolidate is the worker before. --verbose prints each merge ('ok' when both rumours
// hold one claim), --wrong the wrong ones.
//
// --split-why: at the end, every two open rumours holding one claim's reports, counted in same-claim pairs by why
// consolidation does not merge them (its candidate look-up, then rumoursAreOneClaim's reason; a pair whose rumours
// share no place is also judged as if placeless were allowed). --verbose prints each such pair's texts and tokens.
//
// --misses counts every same-claim pair left in two rumours by why the later report did not join the
// earlier one's rumour (see missCause); with a file name, it writes each pair's texts and tokens there.
//
// Never run it on a set held back from tuning (check-sets.ts HELD_BACK_SETS): it prints merged pairs.
import fs from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '../../server/db/client';
import type { Language } from '../../server/i18n/languages';
import { loadClaimContext, representClaim } from '../../server/lexicon/represent-claim';
import { byWordingThenIds, chooseRumours, claimScore, rumoursDiffer, type CandidateRow, TEXTS_PER_RUMOUR } from '../../server/reports/cluster-report';
import { reportRegions } from '../../server/reports/report-regions';
import { namesNoPlace, placelessOneClaim, rumourWhole, rumoursAreOneClaim } from '../../server/reports/rumour-whole';
import { loadPlaceIndex, placesNamed } from '../../server/settlements/place-index';
import { detectLanguage } from '../../server/text';
import { type CompiledLexicon, conceptLookupTokens, conceptSimilarity, formatConceptKey, parseConceptKey, sameCore } from '../../server/text/concepts';
import { normalizeReportText } from '../../server/text/normalize';
import { seededRandom, shuffled } from '../lib/stats';
import { HELD_BACK_SETS } from './check-sets';
import { startThrowawayPostgres } from '../lib/throwaway-postgres';

interface SetFile {
  hardNegatives: { groups: [string, string] }[];
  reports: { group: string; language: Language; text: string; regionCode: string | null }[];
}

/** pg_trgm's trigrams: each word padded with two spaces before and one after. */
function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^a-z0-9]+/).filter(Boolean)) {
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}


/**
 * --forget=0|1: the lexicon "forgets" half of the members of the object classes (faiths, shrines, peoples, platforms,
 * brands, utilities, goods, diseases, hazards, transport, holidays) — those whose token hashes to the fold — as if the
 * set's author had chosen members it never heard of. What precision then depends on is what a blind set tests: the
 * rules, not the list of members. Places (the settlements table) are kept.
 */
function forgetObjectMembers(lexicon: CompiledLexicon, fold: number): void {
  const forgotten = (token: string) => {
    const cls = token.slice(0, Math.max(0, token.indexOf(':')));
    if (!FORGETTABLE_CLASSES.has(cls)) return false;
    let h = 0;
    for (const ch of token) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return h % 2 === fold;
  };
  for (const map of [lexicon.words, lexicon.stems, lexicon.typoWords, lexicon.typoStems, lexicon.abbreviations]) {
    for (const [key, entries] of map) {
      const kept = entries.filter((e) => !forgotten(e.token));
      if (kept.length) map.set(key, kept);
      else map.delete(key);
    }
  }
}
const FORGETTABLE_CLASSES: ReadonlySet<string> = new Set(['worship', 'faith', 'ethnic', 'platform', 'brand', 'utility', 'goods', 'disease', 'hazard', 'transport', 'holiday', 'institution']);

interface MissCause {
  kind: string;
  example?: { text: string; conceptKey: string | null; note: string };
}

async function main() {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sets = (arg('sets') ?? 'tuning,untouched,fresh,fresh2,fresh3').split(',');
  if (sets.some((s) => HELD_BACK_SETS.includes(s))) throw new Error(`${HELD_BACK_SETS.join(', ')} is held back from tuning: run evaluate-xlang.ts on it, once`);
  const verbose = process.argv.includes('--verbose');
  const wrong = process.argv.includes('--wrong');
  const routeChosen = process.argv.includes('--route-chosen');
  const opening = arg('opening') ?? 'reconcile';
  // --no-consolidate: the worker before bench/RESULTS.md 1zg (no rumours compared as wholes once drained).
  const consolidate = !process.argv.includes('--no-consolidate');
  // --placeless: consolidation also merges a rumour naming no place into the one town rumour of the region its
  // reporters chose (bench/RESULTS.md 2r: measured, not the worker — fresh's fold 1 merged one more contrast pair).
  const placelessMerges = process.argv.includes('--placeless');
  // --reconcile-joined: how a report that joined a rumour meets the other side once drained. whole (the worker since
  // bench/RESULTS.md 2g): as a starting report does, merged where the two rumours also agree as wholes; plain: merged
  // without that check (measured, not the worker); none: not at all (before 2g).
  const reconcileJoined = arg('reconcile-joined') ?? 'whole';
  if (!['none', 'plain', 'whole'].includes(reconcileJoined)) throw new Error(`--reconcile-joined=${reconcileJoined}: whole (the worker), plain or none`);
  if (!['none', 'naive', 'reconcile'].includes(opening)) throw new Error(`--opening=${opening}: reconcile (the worker), none or naive`);
  const misses = process.argv.some((a) => a === '--misses' || a.startsWith('--misses='));
  const missFile = arg('misses');
  if (missFile) fs.writeFileSync(missFile, '');
  const postgres = await startThrowawayPostgres({ name: 'xlang-sim', port: Number(arg('port') ?? 55299) });
  try {
    const db = createPrismaClient(await postgres.createDatabase('xlang_sim'), 2);
    const context = await loadClaimContext(db);
    const forget = arg('forget');
    if (forget) forgetObjectMembers(context.lexicon, Number(forget));
    const placeIndex = await loadPlaceIndex(db);
    const neighbours = new Map((await db.region.findMany({ select: { code: true, neighbourCodes: true } })).map((r) => [r.code, r.neighbourCodes]));
    await db.$disconnect();
    const near = (codes: string[]) => [...new Set(codes.flatMap((c) => [c, ...(neighbours.get(c) ?? [])]))];
    for (const name of sets) {
      const set = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, `xlang-${name}.json`), 'utf8')) as SetFile;
      const reports = set.reports.map((r) => {
        const normalizedText = normalizeReportText(r.text);
        const language = detectLanguage(r.text).language;
        const claim = representClaim(context, { text: r.text, normalizedText, kazakh: language === 'kk' });
        const routed = [...new Set([...placesNamed(normalizedText, placeIndex.keys)].flatMap((id) => placeIndex.regionOf.get(id) ?? []))].sort();
        return { ...r, normalizedText, language, claim, conceptKey: formatConceptKey(claim.tokens), trigrams: trigrams(normalizedText), routed };
      });
      const rumours: { texts: number[]; regions: Set<string>; places: Set<string>; mergedInto?: number }[] = [];
      const arrival = new Map<number, number>();
      const bridge = !process.argv.includes('--no-bridge');
      let bridgeMerges = 0;
      let reconciled = 0;
      let consolidated = 0;
      let placelessMerged = 0;
      const missCounts = new Map<string, number>();
      const causeOf = new Map<number, MissCause>();
      const missCause = async (r: (typeof reports)[number], rumorId: string, rows: CandidateRow[], refused: Map<string, string>, chosenId: string | null, rowsOfRumour: () => CandidateRow[]): Promise<MissCause> => {
        let own = rows.filter((row) => row.rumorId === rumorId);
        let routing = '';
        if (own.length === 0) {
          // Not a candidate: which side of the partitions each was on (the national queue — no region chosen,
          // no place read — or regions), and what the decision would have said had they met.
          const m = rumours[Number(rumorId)]!;
          const mine = reportRegions(r.regionCode, r.routed);
          routing = `d place (${mine.length === 0 ? 'report national, rumour regional' : m.regions.size === 0 ? 'report regional, rumour national' : 'both regional, apart'}), then `;
          own = rowsOfRumour();
          refused = new Map();
          const met = await chooseRumours({ claim: r.claim, normalizedText: r.normalizedText }, own, context, { threshold: 0.35, conceptThreshold: 0.6, placeKeys: placeIndex.keys, placesOf: async (id) => rumours[Number(id)]!.places, onRefused: (id, reason) => { if (!refused.has(id)) refused.set(id, reason); } });
          if (met.candidate) return { kind: `${routing}would join` };
        }
        const reason = refused.get(rumorId);
        if (reason) return { kind: `${routing}${reason === 'places' ? 'd place: settlements differ' : `b gate: ${reason}`}`, example: exampleOf(r, own) };
        let bestRank = 0;
        let raw = 0;
        let wording = 0;
        for (const row of own) {
          const tokens = row.conceptKey === null ? null : parseConceptKey(row.conceptKey);
          const { byClaim } = claimScore(r.claim.tokens, tokens, context);
          bestRank = Math.max(bestRank, row.score / 0.35, byClaim / 0.6, tokens && sameCore(r.claim.tokens, tokens, context.lexicon) ? 1 : 0);
          if (tokens) raw = Math.max(raw, conceptSimilarity(r.claim.tokens, tokens, context.lexicon).score);
          wording = Math.max(wording, row.score);
        }
        if (bestRank >= 1 && routing) return { kind: `${routing}e order` };
        if (bestRank >= 1) return { kind: chosenId !== null && rumours[Number(chosenId)]!.texts.some((t) => reports[t]!.group === r.group) ? 'e order: joined another rumour of its claim' : chosenId !== null ? 'e order: joined another claim' : 'e order: ?' };
        if (raw >= 0.6) return { kind: `${routing}c score: shares too little of what (weight < 2.5 or no concept of what)`, example: exampleOf(r, own) };
        if (raw >= 0.45 || wording >= 0.25) return { kind: `${routing}c score: near a threshold`, example: exampleOf(r, own) };
        return { kind: `${routing}a vocabulary: little shared`, example: exampleOf(r, own) };
      };
      const exampleOf = (r: (typeof reports)[number], own: CandidateRow[]) => {
        const best = own.filter((row) => row.conceptKey !== null).map((row) => ({ row, s: conceptSimilarity(r.claim.tokens, parseConceptKey(row.conceptKey), context.lexicon) })).sort((a, b) => b.s.score - a.s.score)[0];
        const row = best?.row ?? own[0]!;
        return { text: reports[Number(row.reportId)]?.text ?? row.text, conceptKey: row.conceptKey, note: `concept ${best ? best.s.score.toFixed(2) : '-'} shared ${best ? best.s.shared.join(' ') : ''} (weight ${best ? best.s.sharedConceptWeight.toFixed(1) : '-'}), wording ${Math.max(...own.map((o) => o.score)).toFixed(2)}` };
      };
      const rumourOf: number[] = new Array<number>(reports.length);
      /** Consolidation's merge: `from` into the older `into`, logged under --verbose (and under --wrong when it joins two claims). */
      const mergeRumours = (into: number, from: number, label: string, detail: () => string) => {
        const target = rumours[into]!;
        const source = rumours[from]!;
        if (verbose || wrong) {
          const groupsOf = (texts: number[]) => [...new Set(texts.map((t) => reports[t]!.group))].join(',');
          const ok = groupsOf(target.texts) === groupsOf(source.texts);
          if (verbose || !ok) console.log(`  ${label} ${ok ? 'ok ' : 'BAD'} ${groupsOf(target.texts)} (${target.texts.length}) <- ${groupsOf(source.texts)} (${source.texts.length})${detail()}`);
        }
        target.texts = [...target.texts, ...source.texts].sort((x, y) => arrival.get(x)! - arrival.get(y)!);
        for (const code of source.regions) target.regions.add(code);
        for (const p of source.places) target.places.add(p);
        source.mergedInto = into;
        for (const t of source.texts) rumourOf[t] = into;
        source.texts = [];
        consolidated++;
      };
      for (const i of shuffled(reports.map((_, k) => k), seededRandom(20261204))) {
        const r = reports[i]!;
        // As decideCluster: the chosen region and the regions the text names, and their neighbours;
        // with neither, only rumours of no region (the national queue).
        const own = routeChosen && r.regionCode ? [r.regionCode] : reportRegions(r.regionCode, r.routed);
        const regions = near(own);
        // The texts of the open rumours `meets` lets the report see, as the candidate statement gives them.
        const rowsOf = (meets: (m: (typeof rumours)[number], id: number) => boolean) => {
          const rows: CandidateRow[] = [];
          rumours.forEach((m, id) => {
            if (m.mergedInto !== undefined || !meets(m, id)) return;
            for (const t of m.texts.slice(-TEXTS_PER_RUMOUR)) {
              const text = reports[t]!;
              rows.push({ rumorId: String(id), score: similarity(r.trigrams, text.trigrams), text: text.normalizedText, conceptKey: text.conceptKey, reportId: String(t), language: text.language });
            }
            // The rumour's claim: its first report's text, without a concept key.
            const first = reports[m.texts[0]!]!;
            rows.push({ rumorId: String(id), score: similarity(r.trigrams, first.trigrams), text: first.normalizedText, conceptKey: null, reportId: null, language: null });
          });
          return rows.sort(byWordingThenIds);
        };
        const regional = (m: (typeof rumours)[number]) => [...m.regions].some((c) => regions.includes(c));
        const rows = rowsOf((m) => (opening === 'naive' ? regions.length === 0 || m.regions.size === 0 || regional(m) : regions.length === 0 ? m.regions.size === 0 : regional(m)));
        const refused = new Map<string, string>();
        const { candidate: chosen, sameClaim } = await chooseRumours({ claim: r.claim, normalizedText: r.normalizedText }, rows, context, { threshold: 0.35, conceptThreshold: 0.6, placeKeys: placeIndex.keys, placesOf: async (id) => rumours[Number(id)]!.places, bridgeRank: bridge ? (arg('bridge-rank') ? Number(arg('bridge-rank')) : undefined) : Infinity, onRefused: (id, reason) => { if (!refused.has(id)) refused.set(id, reason); } });
        // As the worker: a report bridging rumours of one claim merges the younger into the oldest (cluster-report.ts mergeBridged).
        const bridged = chosen ? [chosen, ...sameClaim].map((c) => Number(c.rumorId)) : [];
        const id = bridged.length > 1 ? Math.min(...bridged) : chosen ? Number(chosen.rumorId) : rumours.length;
        arrival.set(i, arrival.size);
        if (misses) {
          // Each earlier report of the same claim in another rumour: why this report did not join it.
          const seen = new Set<number>();
          for (let j = 0; j < reports.length; j++) {
            const other = rumourOf[j];
            if (j === i || other === undefined || reports[j]!.group !== r.group || other === id) continue;
            const cause = seen.has(other) ? causeOf.get(other)! : await missCause(r, String(other), rows, refused, chosen?.rumorId ?? null, () => rowsOf((_, k) => k === other));
            seen.add(other);
            causeOf.set(other, cause);
            const bucket = r.language === reports[j]!.language ? 'within' : 'across';
            const key = `${cause.kind}\t${bucket}`;
            missCounts.set(key, (missCounts.get(key) ?? 0) + 1);
            if (missFile && cause.example) fs.appendFileSync(missFile, `[${name} ${r.group}] ${cause.kind} (${bucket})\n  report: ${r.text}\n          ${r.conceptKey}\n  text:   ${cause.example.text}\n          ${cause.example.conceptKey ?? '(claim)'}\n  ${cause.example.note}\n`);
            cause.example = undefined;
          }
          causeOf.clear();
        }
        for (const from of bridged.filter((b) => b !== id)) {
          const target = rumours[id]!;
          const source = rumours[from]!;
          if (verbose) {
            const groupsOf = (texts: number[]) => [...new Set(texts.map((t) => reports[t]!.group))].join(',');
            const right = groupsOf(target.texts) === groupsOf(source.texts) && groupsOf(target.texts) === r.group;
            const c = [chosen!, ...sameClaim].find((x) => Number(x.rumorId) === from) ?? chosen!;
            const o = [chosen!, ...sameClaim].find((x) => Number(x.rumorId) === id) ?? chosen!;
            console.log(`  bridge ${right ? 'ok ' : 'BAD'} ${groupsOf(target.texts)} (${target.texts.length}) <- ${groupsOf(source.texts)} (${source.texts.length}) by ${r.group} [${r.language}] ${o.score}/${o.via}/${o.matchedReportId === null ? 'whole' : 'text'} ${c.score}/${c.via}/${c.matchedReportId === null ? 'whole' : 'text'} :: ${r.text.slice(0, 120)}${target.texts.length + source.texts.length === 2 ? ` || ${reports[target.texts[0]!]!.text} || ${reports[source.texts[0]!]!.text}` : ''}`);
          }
          target.texts = [...target.texts, ...source.texts].sort((a, b) => arrival.get(a)! - arrival.get(b)!);
          for (const code of source.regions) target.regions.add(code);
          source.mergedInto = id;
          for (const t of source.texts) rumourOf[t] = id;
          source.texts = [];
          bridgeMerges++;
        }
        if (wrong && chosen) {
          // A join into a rumour that holds another claim's report: what it matched and how.
          const others = rumours[id]!.texts.filter((t) => reports[t]!.group !== r.group);
          if (others.length > 0) {
            const matched = chosen.matchedReportId === null ? reports[rumours[id]!.texts[0]!]! : reports[Number(chosen.matchedReportId)]!;
            console.log(`  wrong join ${r.group} -> rumour of ${[...new Set(rumours[id]!.texts.map((t) => reports[t]!.group))].join(',')} ${chosen.score}/${chosen.via}/${chosen.matchedReportId === null ? 'whole' : 'text'}\n    report:  ${r.text}\n             ${r.conceptKey}\n    matched: [${matched.group}] ${matched.text}\n             ${matched.conceptKey}`);
          }
        }
        if (!chosen) rumours.push({ texts: [], regions: new Set(), places: placesNamed(r.normalizedText, placeIndex.keys) });
        const rumour = rumours[id]!;
        rumour.texts.push(i);
        for (const code of own) rumour.regions.add(code);
        rumourOf[i] = id;
        if (opening === 'reconcile' && (!chosen || reconcileJoined !== 'none')) {
          // As the worker's reconcile step (server/reports/reconcile-partitions.ts), run once the queue is
          // drained — here after every report, as evaluate-xlang.ts drains: the report that started a rumour
          // meets the other side (a national one every regional rumour, a regional one the rumours of no
          // region); its rumour is merged into the one it would have joined there (the oldest survives).
          const otherSide = (m: (typeof rumours)[number]) => (own.length === 0 ? m.regions.size > 0 : m.regions.size === 0);
          const result = await chooseRumours({ claim: r.claim, normalizedText: r.normalizedText }, rowsOf(otherSide), context, { threshold: 0.35, conceptThreshold: 0.6, placeKeys: placeIndex.keys, placesOf: async (k) => rumours[Number(k)]!.places });
          const found = result.candidate && Number(result.candidate.rumorId) !== rumourOf[i] ? [Number(result.candidate.rumorId)] : [];
          if (chosen && found.length > 0 && reconcileJoined === 'whole') {
            const wholeOf = (x: (typeof rumours)[number]) => rumourWhole(x.texts.slice(-TEXTS_PER_RUMOUR).map((t) => ({ normalizedText: reports[t]!.normalizedText, conceptKey: reports[t]!.conceptKey })), x.places);
            const refusedBy = rumoursDiffer(wholeOf(rumours[rumourOf[i]!]!), wholeOf(rumours[found[0]!]!), context, { placeless: true });
            if (refusedBy) {
              if (verbose) console.log(`  reconcile-joined refused ${refusedBy}`);
              found.length = 0;
            }
          }
          for (const other of found) {
            const into = Math.min(other, rumourOf[i]!);
            const from = Math.max(other, rumourOf[i]!);
            const target = rumours[into]!;
            const source = rumours[from]!;
            if (verbose) console.log(`  reconcile ${[...new Set(target.texts.map((t) => reports[t]!.group))].join(',')} <- ${[...new Set(source.texts.map((t) => reports[t]!.group))].join(',')} by ${r.group}`);
            target.texts = [...target.texts, ...source.texts].sort((a, b) => arrival.get(a)! - arrival.get(b)!);
            for (const code of source.regions) target.regions.add(code);
            source.mergedInto = into;
            for (const t of source.texts) rumourOf[t] = into;
            source.texts = [];
            reconciled++;
          }
        }
        if (consolidate) {
          // Rumour-level consolidation once drained (server/reports/rumour-whole.ts): the rumour this report
          // is now in, as a whole, against every other open rumour it may meet; merged into the oldest.
          let changed = true;
          while (changed) {
            changed = false;
            const mine = rumourOf[i]!;
            const m = rumours[mine]!;
            const wholeOf = (x: (typeof rumours)[number]) => rumourWhole(x.texts.slice(-TEXTS_PER_RUMOUR).map((t) => ({ normalizedText: reports[t]!.normalizedText, conceptKey: reports[t]!.conceptKey })), x.places);
            const a = wholeOf(m);
            for (let k = 0; k < rumours.length; k++) {
              const o = rumours[k]!;
              if (k === mine || o.mergedInto !== undefined || o.texts.length === 0) continue;
              // As the worker's candidate look-up (consolidate-rumours.ts): two lookup tokens in common, a settlement among them.
              const oWhole = wholeOf(o);
              const common = conceptLookupTokens(a.tokens, context.lexicon).filter((t) => oWhole.tokens.has(t));
              if (common.length < 2 || !common.some((t) => t.startsWith('@'))) continue;
              const verdict = rumoursAreOneClaim(a, oWhole, context);
              if (!verdict.one) continue;
              const into = Math.min(k, mine);
              const from = Math.max(k, mine);
              mergeRumours(into, from, 'consolidate', () => {
                const [target, source] = [rumours[into]!, rumours[from]!];
                const texts = (x: typeof target) => x.texts.map((t) => `${reports[t]!.regionCode ?? '-'} ${reports[t]!.text}`).join('\n    ');
                return ` ${verdict.reason}${verbose && target.texts.length + source.texts.length <= 5 ? `\n    ${texts(target)}\n    <-\n    ${texts(source)}` : ''}`;
              });
              changed = true;
              break;
            }
            if (changed || !placelessMerges) continue;
            // --placeless: a rumour naming no place and one naming a town of the region its reporters chose
            // (rumour-whole.ts placelessOneClaim), only where no other rumour of the region would take it.
            const open = rumours.map((x, k) => ({ x, k })).filter(({ x }) => x.mergedInto === undefined && x.texts.length > 0);
            const placeRegions = (w: ReturnType<typeof wholeOf>) => new Set([...w.places, ...[...w.tokens].filter((t) => t.startsWith('@')).map((t) => t.slice(1))].flatMap((id) => placeIndex.regionOf.get(id) ?? []));
            const takers = (k: number) => {
              const p = wholeOf(rumours[k]!);
              return open.filter(({ k: q }) => q !== k).filter(({ x }) => {
                const w = wholeOf(x);
                // As consolidation's look-up: two lookup tokens in common, in the placeless rumour's regions.
                if (conceptLookupTokens(p.tokens, context.lexicon).filter((t) => w.tokens.has(t)).length < 2) return false;
                return placelessOneClaim(p, rumours[k]!.regions, w, placeRegions(w), context);
              });
            };
            const pairs = namesNoPlace(a) ? takers(mine).map(({ k }) => [mine, k, 1] as const) : open.filter(({ k, x }) => k !== mine && namesNoPlace(wholeOf(x))).flatMap(({ k }) => {
              const t = takers(k);
              return t.some((o) => o.k === mine) ? [[k, mine, t.length] as const] : [];
            });
            const one = namesNoPlace(a) ? (pairs.length === 1 ? pairs[0] : undefined) : pairs.find((p) => p[2] === 1);
            if (!one) continue;
            mergeRumours(Math.min(one[0], one[1]), Math.max(one[0], one[1]), 'placeless', () => '');
            placelessMerged++;
            changed = true;
          }
        }
      }
      if (process.argv.includes('--split-why')) {
        // Every claim left in two open rumours: why consolidation (rumoursAreOneClaim, with the worker's candidate
        // look-up) does not merge them, counted in same-claim report pairs lost (within / across languages).
        const why = new Map<string, [number, number]>();
        const wholeOf = (x: (typeof rumours)[number]) => rumourWhole(x.texts.slice(-TEXTS_PER_RUMOUR).map((t) => ({ normalizedText: reports[t]!.normalizedText, conceptKey: reports[t]!.conceptKey })), x.places);
        const live = rumours.map((m, k) => ({ m, k })).filter(({ m }) => m.mergedInto === undefined && m.texts.length > 0);
        for (let x = 0; x < live.length; x++) {
          for (let y = x + 1; y < live.length; y++) {
            const A = live[x]!.m;
            const B = live[y]!.m;
            let w = 0;
            let c = 0;
            for (const i of A.texts) {
              for (const j of B.texts) {
                if (reports[i]!.group !== reports[j]!.group) continue;
                if (reports[i]!.language === reports[j]!.language) w++;
                else c++;
              }
            }
            if (w + c === 0) continue;
            const a = wholeOf(A);
            const b = wholeOf(B);
            const common = conceptLookupTokens(a.tokens, context.lexicon).filter((t) => b.tokens.has(t));
            const mixed = new Set([...A.texts, ...B.texts].map((t) => reports[t]!.group)).size > 1 ? ' (mixed)' : '';
            const regionsApart = [...A.regions].some((r) => B.regions.has(r)) ? '' : A.regions.size === 0 || B.regions.size === 0 ? ' [one national]' : ' [regions apart]';
            const placesA = [...a.tokens].some((t) => t.startsWith('@'));
            const placesB = [...b.tokens].some((t) => t.startsWith('@'));
            const said = (verdict: { one: boolean; reason: string }) => (verdict.one ? 'ONE' : verdict.reason.replace(/^score .*/, 'score < threshold'));
            const reason = !common.some((t) => t.startsWith('@')) ? `lookup: ${placesA && placesB ? 'two places' : placesA || placesB ? 'one placeless' : 'both placeless'} -> ${said(rumoursAreOneClaim(a, b, context, undefined, { placeless: true }))}` : common.length < 2 ? 'lookup: one token' : said(rumoursAreOneClaim(a, b, context));
            const key = `${reason}${mixed}${regionsApart}`;
            const v = why.get(key) ?? [0, 0];
            why.set(key, [v[0] + w, v[1] + c]);
            if (process.argv.includes('--verbose')) console.log(`  split ${key} ${w}/${c}\n    A: ${A.texts.slice(0, 3).map((t) => reports[t]!.text).join(' | ')}\n       ${[...a.tokens].join(' ')}\n    B: ${B.texts.slice(0, 3).map((t) => reports[t]!.text).join(' | ')}\n       ${[...b.tokens].join(' ')}`);
          }
        }
        console.log('  split claims: why consolidation does not merge (same-claim pairs within / across):');
        for (const [k, [w, c]] of [...why].sort((p, q) => q[1][0] + q[1][1] - p[1][0] - p[1][1])) console.log(`    ${k}: ${w} / ${c}`);
      }
      const within = { tp: 0, fp: 0, fn: 0 };
      const cross = { tp: 0, fp: 0, fn: 0 };
      for (let i = 0; i < reports.length; i++) {
        for (let j = i + 1; j < reports.length; j++) {
          const same = reports[i]!.group === reports[j]!.group;
          const together = rumourOf[i] === rumourOf[j];
          const bucket = set.reports[i]!.language === set.reports[j]!.language ? within : cross;
          if (same && together) bucket.tp++;
          else if (together) bucket.fp++;
          else if (same) bucket.fn++;
        }
      }
      const all = { tp: within.tp + cross.tp, fp: within.fp + cross.fp, fn: within.fn + cross.fn };
      const pr = (c: typeof all) => `${((100 * c.tp) / (c.tp + c.fp || 1)).toFixed(1)} / ${((100 * c.tp) / (c.tp + c.fn || 1)).toFixed(1)}`;
      const rumoursOfGroup = (g: string) => new Set(reports.flatMap((r, i) => (r.group === g ? [rumourOf[i]] : [])));
      const merged = set.hardNegatives.filter((h) => {
        const a = rumoursOfGroup(h.groups[0]);
        return [...rumoursOfGroup(h.groups[1])].some((x) => a.has(x));
      });
      const groups = [...new Set(reports.map((r) => r.group))];
      const perClaim = groups.reduce((sum, g) => sum + rumoursOfGroup(g).size, 0) / groups.length;
      console.log(`${name}: overall P / R ${pr(all)}, across languages ${pr(cross)}, within family ${pr(within)}, rumours per claim ${perClaim.toFixed(2)}, contrast pairs merged ${merged.length} of ${set.hardNegatives.length}, rumours merged by a bridging report ${bridgeMerges}${opening === 'reconcile' ? `, by the reconcile step ${reconciled}` : ''}${consolidate ? `, consolidated ${consolidated} (placeless ${placelessMerged})` : ''}`);
      if (verbose) for (const h of merged) console.log(`  merged contrast pair: ${h.groups.join(' × ')}`);
      if (misses) {
        const kinds = [...new Set([...missCounts.keys()].map((k) => k.split('\t')[0]!))].sort();
        console.log(`  missed same-claim pairs by cause (within family / across languages):`);
        for (const kind of kinds) console.log(`    ${kind}: ${missCounts.get(`${kind}\twithin`) ?? 0} / ${missCounts.get(`${kind}\tacross`) ?? 0}`);
      }
    }
  } finally {
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
