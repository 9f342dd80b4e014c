// The graphql package exactly as Node loads it: it has no exports map, so Node picks index.js while bundlers (and
// so the tests) would pick index.mjs — two copies whose schema objects reject each other. Import graphql from here.
export * from 'graphql/index.js';
