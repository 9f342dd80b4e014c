// Times the network view in headless Chromium: the first rendered network of 2,000 and 10,000 elements, and frame
// times while the user drags to pan, with the canvas renderer and the WebGL renderer in the same run. The results
// go to docs/benchmarks.md under "Web view". Run: npx tsx bench/web-render.ts
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { PROJECT_ROOT } from '../server/config';
import { todayIso } from '../server/shared/dates';
import { launchChromium } from '../test/support/chromium';
import type { RunOptions, RunResult } from './web-render-page';

const SIZES = [2000, 10000];
const RENDERERS: RunOptions['renderer'][] = ['canvas', 'webgl'];
/** Each cell runs this often in a fresh page; the median is reported (the machine is shared and noisy). */
const REPEATS = Number(process.env.WEB_BENCH_REPEATS ?? 3);
/** A laptop screen's drawing area once the side panels are there. */
const VIEW = { width: 1100, height: 620 };
const DRAG_STEPS = 60;
const BENCHMARKS = path.join(PROJECT_ROOT, 'docs', 'benchmarks.md');
const HEADING = '## Web view';

interface Measured extends RunResult {
  frameMean: number;
  frameP95: number;
}

declare global {
  interface Window {
    WebRenderBench: typeof import('./web-render-page');
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

async function bundle(dir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: dir,
      emptyOutDir: true,
      lib: {
        entry: path.join(PROJECT_ROOT, 'bench', 'web-render-page.ts'),
        name: 'WebRenderBench',
        formats: ['iife'],
        fileName: () => 'bench.js',
      },
    },
  });
  return path.join(dir, 'bench.js');
}

async function measure(page: Page, script: string, options: RunOptions): Promise<Measured> {
  await page.setContent(
    `<!doctype html><body style="margin:0"><div id="network" style="width:${VIEW.width}px;height:${VIEW.height}px"></div></body>`,
  );
  await page.addScriptTag({ path: script });
  const result = await page.evaluate(
    (o) => window.WebRenderBench.run(document.getElementById('network') as HTMLElement, o),
    options,
  );
  // A drag on the background, as a user pans: Cytoscape's own viewport handling, frame by frame.
  await page.mouse.move(VIEW.width / 2, VIEW.height / 2);
  await page.mouse.down();
  await page.evaluate(() => window.WebRenderBench.startFrames());
  for (let step = 1; step <= DRAG_STEPS; step += 1) {
    await page.mouse.move(VIEW.width / 2 - step * 6, VIEW.height / 2 - step * 3);
    await page.waitForTimeout(16);
  }
  const intervals = await page.evaluate(() => window.WebRenderBench.stopFrames());
  await page.mouse.up();
  const mean = intervals.reduce((sum, value) => sum + value, 0) / Math.max(intervals.length, 1);
  return { ...result, frameMean: mean, frameP95: percentile(intervals, 0.95) };
}

function section(rows: Measured[][], chromiumVersion: string, load: number): string {
  const line = (cells: Measured[]) => {
    const [first] = cells;
    if (!first) return '';
    return `| ${first.elements.toLocaleString('en-US')} | ${first.renderer} | ${median(cells.map((c) => c.firstRenderMs)).toFixed(0)} | ${median(cells.map((c) => c.frameMean)).toFixed(1)} | ${median(cells.map((c) => c.frameP95)).toFixed(1)} |`;
  };
  return `${HEADING}

\`npx tsx bench/web-render.ts\` draws a synthetic supply chain (one provider, resellers, their customers; one entity
in 25 flagged with a count badge) with the explorer's own modules — the tiered layout, the stylesheet, the renderer —
in ${chromiumVersion} (Debian's, headless, \`--disable-gpu\`: both renderers run in software, WebGL through
SwiftShader), in a ${VIEW.width} x ${VIEW.height} drawing area. *First render* is the time from the graph data to the
first frame with the network on screen (layout included); *frame* is the interval between animation frames while the
mouse drags the background to pan at zoom 0.6 (16.7 ms is 60 frames a second). Each figure is the median of
${REPEATS} runs, each in a fresh page. The canvas renderer runs as the explorer configures it for large views (edges
hidden and a cached texture while the viewport moves). Measured on ${todayIso()} (load
average ${load.toFixed(1)} on the 2 cores when it started, from other work; absolute times are inflated accordingly):

| elements | renderer | first render (ms) | frame while panning, mean (ms) | frame, 95th percentile (ms) |
|---|---|---|---|---|
${rows.map(line).join('\n')}

In software, WebGL is the slower renderer at both sizes, for the first render and while panning; so the explorer
uses WebGL for views above 3,000 elements only when the browser reports a graphics processor, and the canvas
otherwise (\`web/src/layout-choice.ts\`). It also folds groups of more than 25 entities around one hub into a
single node, so a real view rarely draws this many.
`;
}

async function writeSection(text: string): Promise<void> {
  const current = await readFile(BENCHMARKS, 'utf8').catch(() => '# Benchmarks\n');
  const start = current.indexOf(`${HEADING}\n`);
  if (start < 0) {
    await writeFile(BENCHMARKS, `${current.trimEnd()}\n\n${text}`);
    return;
  }
  const next = current.indexOf('\n## ', start + HEADING.length);
  const after = next < 0 ? '' : current.slice(next + 1);
  await writeFile(BENCHMARKS, `${current.slice(0, start)}${text}${after ? `\n${after}` : ''}`);
}

async function main(): Promise<void> {
  const [load] = os.loadavg();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'web-render-'));
  try {
    const script = await bundle(dir);
    const browser = await launchChromium();
    const rows: Measured[][] = [];
    try {
      for (const elements of SIZES) {
        for (const renderer of RENDERERS) {
          const cells: Measured[] = [];
          for (let repeat = 0; repeat < REPEATS; repeat += 1) {
            const page = await browser.newPage({ viewport: { width: VIEW.width, height: VIEW.height } });
            cells.push(await measure(page, script, { elements, renderer }));
            await page.close();
          }
          rows.push(cells);
          const last = cells.at(-1) as Measured;
          process.stdout.write(
            `${elements} elements, ${last.renderer}: first render ${median(cells.map((c) => c.firstRenderMs)).toFixed(0)} ms (transforms ${median(cells.map((c) => c.drawingMs)).toFixed(0)}, Cytoscape add + layout ${median(cells.map((c) => c.renderCallMs)).toFixed(0)}), frame ${median(cells.map((c) => c.frameMean)).toFixed(1)} ms (p95 ${median(cells.map((c) => c.frameP95)).toFixed(1)} ms)\n`,
          );
        }
      }
      await writeSection(section(rows, `Chromium ${browser.version()}`, load ?? 0));
      process.stdout.write(`Written to ${path.relative(process.cwd(), BENCHMARKS)} under "${HEADING.slice(3)}".\n`);
    } finally {
      await browser.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
