import { describe, expect, it } from 'vitest';
import { commands } from '../../server/cli/commands';
import { nearestCommand, SCRIPT_COMMANDS, usage } from '../../server/cli/usage';

const known = [...Object.keys(commands), ...Object.keys(SCRIPT_COMMANDS)];

describe('./csp --help', () => {
  it('lists every CLI command and the script-handled setup and test', () => {
    const text = usage(commands);
    for (const name of known) expect(text).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(text).toContain('  setup ');
    expect(text).toContain('  test ');
  });
});

describe('nearestCommand', () => {
  it('suggests the command a typo or a prefix was meant to be', () => {
    expect(nearestCommand('scna', known)).toBe('scan');
    expect(nearestCommand('imprt', known)).toBe('import');
    expect(nearestCommand('tset', known)).toBe('test');
    expect(nearestCommand('gen', known)).toBe('generate');
    expect(nearestCommand('api-keys', known)).toBe('api-key');
  });

  it('suggests nothing for a word far from every command', () => {
    expect(nearestCommand('deploy-to-production', known)).toBeUndefined();
    expect(nearestCommand('xyz', known)).toBeUndefined();
  });
});
