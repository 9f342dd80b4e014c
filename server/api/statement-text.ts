// The API's statements as they run: their shorthand for the caller's scope (scope-filter.ts) and for a finding's
// status (finding-status.ts) expanded, each written once.
import { expandFindingStatus } from './finding-status';
import { expandScope } from './scope-filter';

const expanded = new Map<string, string>();

/** A statement's text with its shorthand expanded, remembered per text (the API runs a fixed set of them). Without
 * `scoped` the scope tests are left out: only for a caller whose `$scope` is null, for whom they are all true. */
export function apiStatement(text: string, scoped = true): string {
  const key = `${scoped ? 's' : 'u'}${text}`;
  let result = expanded.get(key);
  if (result === undefined) {
    result = expandScope(expandFindingStatus(text), scoped);
    expanded.set(key, result);
  }
  return result;
}
