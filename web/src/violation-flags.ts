// Which drawn entities and relationships carry violations, how many and how severe: what the graph flags.
import { type EntityRef, type Finding, SEVERITIES, type Severity } from './api-shapes';
import { evidenceLinks } from './evidence';
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

/** An edge is flagged when a listed finding's evidence holds that very relationship (its type and both ends), with
 * the worst such finding's severity: two entities of one finding may also be joined by a relationship that is no
 * part of the breach. */
export function edgeFlags(edges: readonly GraphEdge[], findings: readonly Finding[]) {
  const worst = new Map<string, Severity>();
  for (const finding of findings) {
    for (const link of evidenceLinks(finding.evidence)) {
      const key = linkKey(link.type, link.source, link.target);
      const current = worst.get(key);
      worst.set(key, current ? worse(current, finding.severity) : finding.severity);
    }
  }
  const flags = new Map<string, Severity>();
  for (const edge of edges) {
    const severity = worst.get(linkKey(edge.type, edge.source, edge.target));
    if (severity) flags.set(edge.key, severity);
  }
  return flags;
}

function linkKey(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}
