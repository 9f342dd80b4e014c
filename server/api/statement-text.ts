// The API's statements as they run: their shorthand for the caller's scope (scope-filter.ts) and for a finding's
// status (finding-status.ts) expanded, each written once.
import { expandFindingStatus } from './finding-status';
import { expandScope } from './scope-filter';

const expanded = new Map<string, string>();

/** A statement's text with its shorthand expanded, remembered per text (the API runs a fixed set of them). */
export function apiStatement(text: string): string {
  let result = expanded.get(text);
  if (result === undefined) {
    result = expandScope(expandFindingStatus(text));
    expanded.set(text, result);
  }
  return result;
}
