// Which drawn entities and relationships carry violations, how many and how severe: what the graph flags.
import { type EntityRef, type Finding, SEVERITIES, type Severity } from './api-types';
import type { GraphEdge, GraphNode } from './graph-data';
import { entityKey } from './graph-data';

export interface Flag {
  count: number;
  severity: Severity;
}

function worse(a: Severity, b: Severity): Severity {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b;
}

function evidenceKeys(entities: readonly EntityRef[]): Set<string> {
  return new Set(entities.map((entity) => entityKey(entity.kind, entity.id)));
}

/** Finding keys per entity key, over the findings loaded. */
export function findingsByEntity(findings: readonly Finding[]): Map<string, Finding[]> {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const key of evidenceKeys(finding.entities)) {
      const list = index.get(key);
      if (list) list.push(finding);
      else index.set(key, [finding]);
    }
  }
  return index;
}

/**
 * Flags per node. Without a rule or severity filter each entity shows its own count of open findings, as the API
 * summarizes it; with one, only the listed findings count, so the graph shows what the filter asks about.
 */
export function nodeFlags(nodes: readonly GraphNode[], filtered: ReadonlyMap<string, Finding[]> | null) {
  const flags = new Map<string, Flag>();
  for (const node of nodes) {
    if (filtered) {
      const findings = filtered.get(node.key) ?? [];
      if (findings.length > 0) {
        const severity = findings.map((f) => f.severity).reduce(worse);
        flags.set(node.key, { count: findings.length, severity });
      }
    } else if (node.violations.openFindings > 0 && node.violations.maxSeverity) {
      flags.set(node.key, { count: node.violations.openFindings, severity: node.violations.maxSeverity });
    }
  }
  return flags;
}

/** An edge is flagged when both its ends are evidence of one finding; it takes the worst such finding's severity. */
export function edgeFlags(edges: readonly GraphEdge[], byEntity: ReadonlyMap<string, Finding[]>) {
  const flags = new Map<string, Severity>();
  for (const edge of edges) {
    const atSource = byEntity.get(edge.source);
    const atTarget = byEntity.get(edge.target);
    if (!atSource || !atTarget) continue;
    const shared = new Set(atTarget.map((f) => f.key));
    for (const finding of atSource) {
      if (!shared.has(finding.key)) continue;
      const current = flags.get(edge.key);
      flags.set(edge.key, current ? worse(current, finding.severity) : finding.severity);
    }
  }
  return flags;
}
