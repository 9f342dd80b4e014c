// The top-level help of `./csp`, and the nearest command name for a mistyped one.
import type { CommandEntry } from './cli-error';

/** Handled by the ./csp script before the CLI starts (they install what is missing), listed here so help is whole. */
export const SCRIPT_COMMANDS: Record<string, string> = {
  setup: 'install what is missing: Java 17, Maven, npm packages, the local Neo4j runner, Chromium',
  test: 'every test: unit, integration against a throwaway Neo4j, and end-to-end in Chromium',
};

export function usage(commands: Record<string, Pick<CommandEntry, 'summary'>>): string {
  const entries: [string, string][] = [
    ...Object.entries(commands).map(([name, command]): [string, string] => [name, command.summary]),
    ...Object.entries(SCRIPT_COMMANDS),
  ];
  const lines = entries.map(([name, summary]) => `  ${name.padEnd(10)} ${summary}`);
  return `Usage: ./csp <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun './csp <command> --help' for its options.`;
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`: a swap is the commonest typo. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The known name closest to `name`, when it is close enough to be a typo (or `name` starts it); else undefined. */
export function nearestCommand(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = candidate.startsWith(name) ? 0 : editDistance(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
