// What `npm test` writes in its artifacts folder (e2e/.artifacts, or RASPA_TEST_ARTIFACTS), by half.
// A run replaces only what it writes: `--only=unit` used to empty the whole folder, and the last e2e
// run's screenshots and reports (what a person opens after it) went with it.
import fs from 'node:fs';
import path from 'node:path';

export const ARTIFACT_PARTS = {
  unit: ['vitest.json'],
  e2e: ['playwright.json', 'web-server.log', 'mail', 'results', 'screenshots'],
} as const;

/**
 * Clears, before a run, what that run will write again. A filtered e2e run (some specs) keeps the
 * other specs' screenshots: it overwrites its own by name.
 */
export function clearArtifactsFor(artifacts: string, only: string | undefined, filtered: boolean): void {
  const halves = only === 'unit' ? (['unit'] as const) : only === 'e2e' ? (['e2e'] as const) : (['unit', 'e2e'] as const);
  for (const half of halves) {
    for (const part of ARTIFACT_PARTS[half]) {
      if (part === 'screenshots' && filtered) continue;
      fs.rmSync(path.join(artifacts, part), { recursive: true, force: true });
    }
  }
  fs.mkdirSync(artifacts, { recursive: true });
}
