// What the graph flags: each entity's own open findings, or only the filtered ones; edges shared by one finding.
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../web/src/api-types';
import type { GraphEdge, GraphNode } from '../../web/src/graph-data';
import { edgeFlags, findingsByEntity, nodeFlags } from '../../web/src/violation-flags';

function partner(id: string, openFindings: number, maxSeverity: Severity | null): GraphNode {
  return {
    key: `PARTNER:${id}`,
    id,
    kind: 'PARTNER',
    name: id,
    roles: ['INDIRECT_RESELLER'],
    region: 'Europe',
    country: 'FR',
    cloud: null,
    violations: { openFindings, maxSeverity },
  };
}

function finding(key: string, severity: Severity, ids: [string, 'PARTNER' | 'CUSTOMER' | 'SUBSCRIPTION'][]): Finding {
  return {
    key,
    ruleId: key,
    title: key,
    severity,
    message: key,
    subjects: ids.map(([id]) => id),
    region: null,
    status: 'OPEN',
    partner: null,
    rule: null,
    evidence: { nodes: ids.map(([id, kind]) => ({ id, label: kind, name: id })), edges: [] },
    entities: ids.map(([id, kind]) => ({ id, kind, name: id })),
  };
}

function edge(source: string, target: string): GraphEdge {
  return { key: `${source}>${target}`, type: 'SELLS_TO', source, target, active: true, since: null, until: null };
}

const findings = [
  finding('f-critical', 'CRITICAL', [
    ['r', 'PARTNER'],
    ['w', 'CUSTOMER'],
    ['s', 'SUBSCRIPTION'],
  ]),
  finding('f-low', 'LOW', [
    ['r', 'PARTNER'],
    ['t', 'CUSTOMER'],
  ]),
];

describe('violation flags', () => {
  it("shows each entity's own open findings without a rule or severity filter", () => {
    const flags = nodeFlags([partner('r', 3, 'HIGH'), partner('clean', 0, null)], null);
    expect(flags.get('PARTNER:r')).toEqual({ count: 3, severity: 'HIGH' });
    expect(flags.has('PARTNER:clean')).toBe(false);
  });

  it('counts only the listed findings when the list is filtered, with the worst severity', () => {
    const flags = nodeFlags([partner('r', 9, 'LOW')], findingsByEntity(findings));
    expect(flags.get('PARTNER:r')).toEqual({ count: 2, severity: 'CRITICAL' });
  });

  it('flags an edge only when one finding holds both of its ends', () => {
    const byEntity = findingsByEntity(findings);
    const flags = edgeFlags(
      [edge('PARTNER:r', 'CUSTOMER:w'), edge('PARTNER:r', 'CUSTOMER:t'), edge('CUSTOMER:w', 'CUSTOMER:t')],
      byEntity,
    );
    expect(flags.get('PARTNER:r>CUSTOMER:w')).toBe('CRITICAL');
    expect(flags.get('PARTNER:r>CUSTOMER:t')).toBe('LOW');
    expect(flags.has('CUSTOMER:w>CUSTOMER:t')).toBe(false);
  });
});
