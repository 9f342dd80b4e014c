// Shows an import's phases (reading, validating, writing N/M records) as a progress bar on a terminal.
import { createProgress, type Progress } from '../shared/progress';
import type { ImportProgress } from './import-path';

export interface ImportProgressBar {
  onProgress(progress: ImportProgress): void;
  /** Clears the bar; call it when the import ends, however it ends. */
  done(): void;
}

export function importProgressBar(stream: NodeJS.WriteStream = process.stderr): ImportProgressBar {
  let bar: Progress | undefined;
  let phase: ImportProgress['phase'] | undefined;
  return {
    onProgress(progress) {
      if (!bar) bar = createProgress(progress.phase, progress.total, stream);
      else if (progress.phase !== phase) bar.phase(progress.phase, progress.total);
      phase = progress.phase;
      bar.update(progress.done);
    },
    done: () => bar?.done(),
  };
}
