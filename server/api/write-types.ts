// `npm run codegen`: writes the TypeScript types GraphQL Code Generator derives from the SDL of schema/ — the
// resolver types of the API and the typed operations of the explorer (web/src/operations.graphql). The files it
// writes are checked in; CI writes them again and fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { buildASTSchema, parse } from './graphql-runtime';
import { schemaText } from './schema-text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pluginMap = { typescript, typescriptResolvers, typescriptOperations, typedDocumentNode };
const banner = (from: string) => `// Written by \`npm run codegen\` from ${from}: do not edit.\n`;

/** The server's view: every type of the schema, the rows resolvers receive as parents, enums as the model's values. */
const resolverConfig = {
  contextType: '../context#ApiContext',
  defaultMapper: '../resolver-values#Lazy<{T}>',
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: {
    Date: 'string',
    DateTime: 'string',
    JSON: 'unknown',
    File: '../resolvers/scalars#UploadedFile',
  },
  enumValues: {
    Role: '../auth/roles#Role',
    EntityKind: '../data/rows#EntityKind',
    PartnerRole: '../../model/graph-model#PartnerRole',
    TenantKind: '../../model/graph-model#TenantKind',
    Cloud: '../../model/graph-model#Cloud',
    ManagementKind: '../../model/graph-model#ManagementKind',
    SupplyState: '../../model/graph-model#SupplyState',
    SubscriptionStatus: '../../model/graph-model#SubscriptionStatus',
    BillingType: '../../model/graph-model#BillingType',
    RelationshipType: '../../model/graph-model#RelationshipType',
    Severity: '../../scan/finding#Severity',
    FindingStatus: '../finding-status#FindingStatus',
    TriageState: '../data/rows#TriageState',
    FindingChange: '../../scan/scan-history#FindingChange',
    ScanKind: '../../scan/scan-plan#ScanKind',
    DatedRelationshipType: '../data/relationships#DatedRelationshipType',
  },
  mappers: {
    Organization: '../data/rows#OrganizationRow',
    Partner: '../data/rows#PartnerRow',
    Tenant: '../data/rows#TenantRow',
    Customer: '../data/rows#CustomerRow',
    Subscription: '../data/rows#SubscriptionRow',
    Country: '../data/rows#CountryRow',
    Region: '../data/rows#RegionRow',
    Finding: '../data/rows#FindingRow',
    ScanRun: '../data/rows#ScanRunRow',
    Rule: '../../rules/catalog#RuleDefinition',
    AuditEntry: '../data/audit#AuditEntryRow',
    RegionStatistics: '../data/region-statistics#RegionStatisticsRow',
    RunComparison: '../resolvers/scan-run#ComparisonData',
    FindingChangeEdge: '../../scan/scan-history#RunComparisonRow',
    NetworkNode: '../data/network#NetworkNode as NetworkNodeData',
    Network: '../data/network#Network as NetworkData',
    ProviderTree: '../resolvers/provider-tree#ProviderTreeData',
    SupplyEdge: '../data/rows#SupplyRow',
    SaleEdge: '../data/rows#SaleRow',
    ManagementEdge: '../data/rows#ManagementRow',
    OwnershipEdge: '../data/rows#OwnershipRow',
    EvidenceNode: '../../rules/run-rule#EvidenceNode as EvidenceNodeRow',
    FindingConnection: '../resolvers/scan-run#FindingConnectionData',
    FindingFacets: '../data/findings#FindingFacetsData',
  },
};

async function write(
  file: string,
  from: string,
  options: Omit<Parameters<typeof codegen>[0], 'filename' | 'pluginMap'>,
) {
  // The typescript plugin re-exports an enum mapped to another module as a value; the model's enums are types.
  const output = (await codegen({ ...options, filename: file, pluginMap })).replace(
    /^export \{ (\w+) \};$/gm,
    'export type { $1 };',
  );
  writeFileSync(path.join(root, file), banner(from) + output);
  console.log(`wrote ${file}`);
}

const schema = parse(schemaText().join('\n'));
const schemaAst = buildASTSchema(schema);

await write('server/api/generated/resolver-types.ts', 'server/api/schema/*.graphql', {
  schema,
  schemaAst,
  documents: [],
  plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
  config: resolverConfig,
});

/** The explorer's view: each operation's result and variables, enums as the API names them, documents as strings. */
const operationsConfig = {
  useTypeImports: true,
  enumType: 'const',
  skipTypename: true,
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  documentMode: 'string',
  scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown', File: 'File' },
};

const operationsFile = 'web/src/operations.graphql';
await write('web/src/generated/operations.ts', `${operationsFile} and server/api/schema/*.graphql`, {
  schema,
  schemaAst,
  documents: [{ location: operationsFile, document: parse(readFileSync(path.join(root, operationsFile), 'utf8')) }],
  plugins: [{ typescriptOperations: {} }, { typedDocumentNode: {} }],
  config: operationsConfig,
});
