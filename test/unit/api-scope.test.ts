// Scopes of API keys and tokens: read from their stored or claimed shape and from the command line, with errors that
// name the field; and the scope test the API's Cypher is expanded with.
import { describe, expect, it } from 'vitest';
import {
  describeScope,
  MAX_SCOPE_VALUES,
  parseScopeText,
  readScope,
  ScopeError,
  scopeParameter,
} from '../../server/api/auth/scope';
import { expandScope, inScope } from '../../server/api/scope-filter';

describe('readScope', () => {
  it('reads providers or regions, trimmed and without repeats', () => {
    expect(readScope({ providers: [' a ', 'b', 'a'] }, 'scope')).toEqual({ providers: ['a', 'b'] });
    expect(readScope({ regions: ['Europe'] }, 'scope')).toEqual({ regions: ['Europe'] });
  });

  it.each([
    [null, 'scope must be an object with either providers or regions'],
    [['Europe'], 'scope must be an object with either providers or regions'],
    [{}, 'scope must give providers or regions'],
    [{ providers: ['a'], regions: ['Europe'] }, 'scope must give either providers or regions, not both'],
    [{ countries: ['DE'] }, 'scope.countries is not a scope field (providers or regions)'],
    [{ regions: 'Europe' }, 'scope.regions must be a non-empty list of strings'],
    [{ regions: [] }, 'scope.regions must be a non-empty list of strings'],
    [{ providers: ['a', ' '] }, 'scope.providers[1] must be a non-blank string'],
    [{ providers: [7] }, 'scope.providers[0] must be a non-blank string'],
  ])('refuses %j: %s', (raw, message) => {
    expect(() => readScope(raw, 'scope')).toThrow(new ScopeError(message));
  });

  it('refuses more values than a scope may name', () => {
    const many = Array.from({ length: MAX_SCOPE_VALUES + 1 }, (_, i) => `p${i}`);
    expect(() => readScope({ providers: many }, 'claim')).toThrow(
      `claim.providers may name at most ${MAX_SCOPE_VALUES} values`,
    );
  });
});

describe('parseScopeText', () => {
  it('reads provider: and region: lists', () => {
    expect(parseScopeText('provider:a,b')).toEqual({ providers: ['a', 'b'] });
    expect(parseScopeText('region: Europe , Japan')).toEqual({ regions: ['Europe', 'Japan'] });
    expect(parseScopeText('regions:Europe')).toEqual({ regions: ['Europe'] });
  });

  it.each([
    ['Europe', '--scope must read provider:ID[,ID...] or region:NAME[,NAME...]'],
    ['country:DE', '--scope must read provider:ID[,ID...] or region:NAME[,NAME...]'],
    ['region:', '--scope lists a blank value'],
    ['provider:a,,b', '--scope lists a blank value'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseScopeText(text)).toThrow(new ScopeError(message));
  });
});

describe('the scope parameter', () => {
  it('is null for an unscoped caller and holds both lists, one empty, for a scoped one', () => {
    expect(scopeParameter(null)).toBeNull();
    expect(scopeParameter({ providers: ['a'] })).toEqual({ providers: ['a'], regions: [] });
    expect(scopeParameter({ regions: ['Japan'] })).toEqual({ providers: [], regions: ['Japan'] });
    expect(describeScope({ regions: ['Japan', 'Europe'] })).toBe('regions Japan, Europe');
    expect(describeScope(null)).toBe('everything');
  });
});

describe('the scope test in Cypher', () => {
  it('expands IN_SCOPE and FINDING_IN_SCOPE into tests on $scope, skipped when it is null', () => {
    const text = expandScope(
      'MATCH (p:Partner) WHERE IN_SCOPE(p) MATCH (f:Finding) WHERE FINDING_IN_SCOPE(f) RETURN p',
    );
    expect(text).not.toContain('IN_SCOPE(');
    expect(text).toContain('($scope IS NULL OR CASE');
    expect(text).toContain('p.id IN $scope.providers');
    expect(text).toContain('NOT EXISTS { MATCH (f)-[:CONCERNS]->(fCe)');
  });

  it('leaves the tests out for a caller known to be unscoped, and still refuses a wrong variable or kind', () => {
    expect(
      expandScope(
        'MATCH (p:Partner) WHERE IN_SCOPE(p:Partner) MATCH (f:Finding) WHERE FINDING_IN_SCOPE(f) RETURN p',
        false,
      ),
    ).toBe('MATCH (p:Partner) WHERE true MATCH (f:Finding) WHERE true RETURN p');
    expect(() => expandScope('WHERE IN_SCOPE(p:Region)', false)).toThrow("IN_SCOPE knows no kind 'Region'");
  });

  it('takes a variable name only', () => {
    expect(() => inScope('p) OR true OR (p')).toThrow("IN_SCOPE takes a variable name, not 'p) OR true OR (p'");
  });
});
