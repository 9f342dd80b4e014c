// The shorthand of the API's statements (scope-filter.ts, finding-status.ts) takes a variable of the statement, never
// a value: values are always parameters.

const VARIABLE = /^[a-z][A-Za-z0-9]*$/;

/** `variable` when it is a plain variable name; otherwise an error naming the shorthand `what`. */
export function statementVariable(variable: string, what: string): string {
  if (!VARIABLE.test(variable)) throw new Error(`${what} takes a variable name, not '${variable}'`);
  return variable;
}
