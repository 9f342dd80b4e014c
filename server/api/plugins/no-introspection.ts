// In production the schema is not open to introspection: clients use docs/api.md and the SDL files.
import { NoSchemaIntrospectionCustomRule } from '../graphql-runtime';
import type { Plugin } from 'graphql-yoga';

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
