// What the graph flags: each entity's own open findings, or only the filtered ones; edges shared by one finding.
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../web/src/api-shapes';
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

function finding(
  key: string,
  severity: Severity,
  ids: [string, 'PARTNER' | 'CUSTOMER' | 'SUBSCRIPTION'][],
  edges: [type: string, from: string, to: string][] = [],
): Finding {
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
    evidence: {
      nodes: ids.map(([id, kind]) => ({ id, label: kind, name: id })),
      edges: edges.map(([type, from, to]) => ({ type, from, to })),
    },
    entities: ids.map(([id, kind]) => ({ id, kind, name: id })),
  };
}

function edge(source: string, target: string, type: GraphEdge['type'] = 'SELLS_TO'): GraphEdge {
  return { key: `${type}:${source}>${target}`, type, source, target, active: true, since: null, until: null };
}

const findings = [
  finding(
    'f-critical',
    'CRITICAL',
    [
      ['r', 'PARTNER'],
      ['w', 'CUSTOMER'],
      ['s', 'SUBSCRIPTION'],
    ],
    [
      ['SELLS_TO', 'r', 'w'],
      ['FOR', 's', 'w'],
    ],
  ),
  finding(
    'f-low',
    'LOW',
    [
      ['r', 'PARTNER'],
      ['t', 'CUSTOMER'],
    ],
    [['SELLS_TO', 'r', 't']],
  ),
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

  it("flags an edge only when a finding's evidence holds that relationship, with the worst severity", () => {
    const flags = edgeFlags(
      [
        edge('PARTNER:r', 'CUSTOMER:w'),
        edge('PARTNER:r', 'CUSTOMER:t'),
        edge('SUBSCRIPTION:s', 'CUSTOMER:w', 'FOR'),
        // Both ends belong to f-critical, but its evidence has no management relationship.
        edge('PARTNER:r', 'CUSTOMER:w', 'MANAGES'),
        edge('PARTNER:x', 'CUSTOMER:t'),
      ],
      [
        ...findings,
        finding(
          'f-high',
          'HIGH',
          [
            ['r', 'PARTNER'],
            ['t', 'CUSTOMER'],
          ],
          [['SELLS_TO', 'r', 't']],
        ),
      ],
    );
    expect(flags.get('SELLS_TO:PARTNER:r>CUSTOMER:w')).toBe('CRITICAL');
    expect(flags.get('SELLS_TO:PARTNER:r>CUSTOMER:t')).toBe('HIGH');
    expect(flags.get('FOR:SUBSCRIPTION:s>CUSTOMER:w')).toBe('CRITICAL');
    expect(flags.has('MANAGES:PARTNER:r>CUSTOMER:w')).toBe(false);
    expect(flags.has('SELLS_TO:PARTNER:x>CUSTOMER:t')).toBe(false);
  });
});
