import type { NotesSource } from '../../catalog/types.ts';

/** Where a behaviour comes from: the notes' sentence, the facts.tsv rows, and today's fact where the notes are out of date. */
export interface Citation extends NotesSource {
  facts: string[];
  currentFact?: string;
}
