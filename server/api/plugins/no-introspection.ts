// In production the schema is not open to introspection: clients use docs/api.md and the SDL files.

import type { Plugin } from 'graphql-yoga';
import { NoSchemaIntrospectionCustomRule } from '../graphql-runtime';

export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
