import { describe, expect, it } from 'vitest';
import { UNKNOWN_DEVICE, type DeviceState } from '../../../shared/device-state';
import { deviceEffects } from '../../../electron/core/router/device-effects';
import { createRouter } from '../../../electron/core/router/index';
import { cloudModel, localModel, req } from './helpers';

const small = localModel('small', { parameters: 1e9, loaded: true });
const large = localModel('large', { parameters: 8e9, loaded: false });
const remote = cloudModel('remote', { outputPrice: 10 });
const onBox = cloudModel('ollama', { provider: 'ollama', onThisMachine: true });
const candidates = { local: [small, large], cloud: [remote, onBox] };
const state = (over: Partial<DeviceState>): DeviceState => ({ ...UNKNOWN_DEVICE, ...over });

describe('device state as a routing input', () => {
  it('an unknown state changes nothing', () => {
    expect(deviceEffects(UNKNOWN_DEVICE, candidates)).toEqual({ candidates, localLevelScale: 1, reasons: [] });
    expect(deviceEffects(undefined, candidates).reasons).toEqual([]);
  });

  it('offline: only local rungs and models served on this machine', () => {
    const e = deviceEffects(state({ online: false }), candidates);
    expect(e.candidates.cloud.map((m) => m.id)).toEqual(['ollama']);
    expect(e.reasons).toEqual(['offline: no network, so local rungs and models on this machine only']);
  });

  it('on battery or under thermal pressure: smaller local rungs', () => {
    expect(deviceEffects(state({ power: 'battery' }), candidates)).toMatchObject({ localLevelScale: 0.5, reasons: ['on battery: smaller local rungs preferred'] });
    expect(deviceEffects(state({ power: 'battery', thermal: 'pressure' }), candidates).reasons).toEqual(['on battery and thermal pressure: smaller local rungs preferred']);
    expect(deviceEffects(state({ power: 'ac', thermal: 'nominal' }), candidates).localLevelScale).toBe(1);
  });

  it('low free memory: no cold load while something else can serve', () => {
    const e = deviceEffects(state({ freeMemoryBytes: 512 * 1024 ** 2 }), candidates);
    expect(e.candidates.local.map((m) => m.id)).toEqual(['small']);
    expect(e.reasons[0]).toMatch(/^low free memory \(0\.5 GB\): no cold load/);
    const onlyCold = deviceEffects(state({ freeMemoryBytes: 1 }), { local: [large], cloud: [] });
    expect(onlyCold.candidates.local).toEqual([large]);
  });

  it('changes the plan: a request for the larger local model takes the smaller one on battery, and says why', async () => {
    const router = createRouter({ settings: (await import('../../../shared/settings/router')).routerSettingsSchema.parse({ thresholds: { balanced: 0.99 } }) });
    const prompt = 'Compare TCP and UDP for a multiplayer game and recommend one, with trade-offs.';
    const plugged = await router.route({ request: req(prompt), candidates: { local: [small, localModel('large', { parameters: 8e9, loaded: true })], cloud: [] } });
    expect(plugged.model).toBe('large');
    const onBattery = await router.route({ request: req(prompt), candidates: { local: [small, localModel('large', { parameters: 8e9, loaded: true })], cloud: [] }, device: state({ power: 'battery' }) });
    expect(onBattery.model).toBe('small');
    expect(onBattery.reasons).toContain('on battery: smaller local rungs preferred');
  });
});
