// A benchmark's run rewrites only its own part of docs/benchmarks.md: its section up to the next heading of the same
// level or a higher one, or its subsection inside a section whose written account stays as it is.
import { describe, expect, it } from 'vitest';
import { withSection, withSubsection } from '../../bench/results';

const PAGE = [
  '# Benchmarks',
  '',
  '## Scan',
  'scan text',
  '',
  '## Explorer at scale',
  'written account',
  '```sh',
  '# a shell comment, not a heading',
  '```',
  '',
  '### Latest run at 20k',
  '20k table',
  '',
  '### Latest run at 100k',
  '100k table',
  '',
  '## API latency',
  'api text',
  '',
].join('\n');

describe('benchmark sections in the page', () => {
  it('replaces a section up to the next one of its level, shell comments and subsections included', () => {
    const page = withSection(PAGE, '## Scan', '## Scan\nnew scan text\n');
    expect(page).toBe(PAGE.replace('scan text\n', 'new scan text\n'));
    const api = withSection(PAGE, '## API latency', '## API latency\nnew api text\n');
    expect(api).toBe(PAGE.replace('api text\n', 'new api text\n'));
  });

  it('replaces a subsection and leaves its siblings and the written account alone', () => {
    const page = withSubsection(
      PAGE,
      '## Explorer at scale',
      '### Latest run at 20k',
      '### Latest run at 20k\nnew 20k\n',
    );
    expect(page).toBe(PAGE.replace('20k table\n', 'new 20k\n'));
  });

  it('adds a new subsection at the end of its section', () => {
    const page = withSubsection(
      PAGE,
      '## Explorer at scale',
      '### Latest run at 1m',
      '### Latest run at 1m\n1m table\n',
    );
    expect(page).toBe(PAGE.replace('100k table\n\n## API', '100k table\n\n### Latest run at 1m\n1m table\n\n## API'));
  });

  it('adds a section the page does not have at its end', () => {
    expect(withSection(PAGE, '## New', '## New\ntext\n')).toBe(`${PAGE.trimEnd()}\n\n## New\ntext\n`);
  });
});
