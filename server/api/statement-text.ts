// The API's statements as they run: their shorthand for the caller's scope (scope-filter.ts) and for a finding's
// status (finding-status.ts) expanded, each written once.
import { expandFindingStatus } from './finding-status';
import { expandScope } from './scope-filter';

/** Keyed by the statement's own text (a string read once from its file hashes once), a map for each form. */
const expanded = { scoped: new Map<string, string>(), unscoped: new Map<string, string>() };

/** A statement's text with its shorthand expanded, remembered per text (the API runs a fixed set of them). Without
 * `scoped` the scope tests are left out: only for a caller whose `$scope` is null, for whom they are all true. */
export function apiStatement(text: string, scoped = true): string {
  const forms = scoped ? expanded.scoped : expanded.unscoped;
  let result = forms.get(text);
  if (result === undefined) {
    result = expandScope(expandFindingStatus(text), scoped);
    forms.set(text, result);
  }
  return result;
}
