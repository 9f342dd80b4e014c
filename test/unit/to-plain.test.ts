import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../server/db/to-plain';

describe('toPlain', () => {
  it('turns driver integers into numbers and temporal values into their ISO text, at any depth', () => {
    const value = {
      count: neo4j.int(42),
      since: new neo4j.types.Date(2025, 6, 1),
      at: new neo4j.types.DateTime(2025, 6, 1, 8, 30, 0, 0, 0),
      local: new neo4j.types.LocalDateTime(2025, 6, 1, 8, 30, 0, 0),
      length: new neo4j.types.Duration(0, 3, 0, 0),
      nested: [{ ids: [neo4j.int(1), neo4j.int(2)], big: 7n }],
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      since: '2025-06-01',
      at: '2025-06-01T08:30:00Z',
      local: '2025-06-01T08:30:00',
      length: 'P0M3DT0S',
      nested: [{ ids: [1, 2], big: 7 }],
    });
  });

  it('keeps strings, numbers and booleans, and makes missing values null', () => {
    expect(toPlain({ name: 'Contoso', share: 0.5, active: false, gone: undefined, none: null })).toEqual({
      name: 'Contoso',
      share: 0.5,
      active: false,
      gone: null,
      none: null,
    });
  });

  it('flattens nodes and relationships into their labels or type and properties', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Partner'], {
      id: 'p1',
      enrolledOn: new neo4j.types.Date(2024, 1, 2),
    });
    const link = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'SUPPLIES', {
      since: '2024-01-02',
    });
    expect(toPlain([node, link])).toEqual([
      { labels: ['Partner'], id: 'p1', enrolledOn: '2024-01-02' },
      { type: 'SUPPLIES', since: '2024-01-02' },
    ]);
  });
});
