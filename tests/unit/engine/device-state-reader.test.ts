import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemDeviceState } from '../../../electron/core/engine/device-state-reader';

function sysTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sys-class-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), `${content}\n`);
  }
  return root;
}

describe('the headless device-state reader', () => {
  it('reads a discharging battery and a hot thermal zone', () => {
    const root = sysTree({ 'power_supply/AC/type': 'Mains', 'power_supply/AC/online': '0', 'power_supply/BAT0/type': 'Battery', 'power_supply/BAT0/status': 'Discharging', 'thermal/thermal_zone0/temp': '95000' });
    expect(systemDeviceState(root).read()).toMatchObject({ power: 'battery', thermal: 'pressure' });
  });

  it('reads mains power and a cool machine', () => {
    const root = sysTree({ 'power_supply/AC/type': 'Mains', 'power_supply/AC/online': '1', 'thermal/thermal_zone0/temp': '45000' });
    expect(systemDeviceState(root).read()).toMatchObject({ power: 'ac', thermal: 'nominal' });
  });

  it('says unknown where the OS offers nothing, and always reads free memory', () => {
    const state = systemDeviceState(sysTree({})).read();
    expect(state).toMatchObject({ power: 'unknown', thermal: 'unknown' });
    expect(state.freeMemoryBytes).toBeGreaterThan(0);
  });

  it('reads at most every few seconds', () => {
    let t = 0;
    const root = sysTree({ 'power_supply/AC/type': 'Mains', 'power_supply/AC/online': '1' });
    const reader = systemDeviceState(root, () => t);
    expect(reader.read().power).toBe('ac');
    writeFileSync(join(root, 'power_supply/AC/online'), '0\n');
    t = 1_000;
    expect(reader.read().power).toBe('ac');
    t = 10_000;
    expect(reader.read().power).toBe('unknown');
  });
});
