import { Injectable } from '@nestjs/common';
import type { ImportRunStatus } from '../generated/prisma/enums.js';

export interface LiveProgress {
  status: ImportRunStatus;
  progress: number;
  stage: string;
}

/**
 * Progress of the imports this instance is working on, in memory. An import's rows are written
 * in one transaction, and embedded PGlite has one connection, so progress cannot be written to
 * the database while it runs. Polls answered by this instance see the live figure; another
 * instance sees the stage last saved in ImportRun.
 */
@Injectable()
export class ImportProgress {
  private readonly runs = new Map<string, LiveProgress>();

  set(id: string, progress: LiveProgress) {
    this.runs.set(id, progress);
  }

  get(id: string): LiveProgress | undefined {
    return this.runs.get(id);
  }

  /** Whether this instance is working on the run now. */
  has(id: string): boolean {
    return this.runs.has(id);
  }

  /** Every run's live figure as it stands now. */
  snapshot(): ReadonlyMap<string, LiveProgress> {
    return new Map(this.runs);
  }

  done(id: string) {
    this.runs.delete(id);
  }
}
