// The spellings stored for a settlement: its official names first, then the others, each once
// (NFC, trimmed). The seed and admins' additions store them the same way.

export function uniqueAliases(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.normalize('NFC').trim();
    if (alias && !seen.has(alias)) {
      seen.add(alias);
      out.push(alias);
    }
  }
  return out;
}
