import { readdirSync, readFileSync } from 'node:fs';
import { freemem, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { DeviceState } from '../../../shared/device-state';

/** Reads the device state at most this often: routing must stay in microseconds, power changes slowly. */
const CACHE_MS = 5_000;
/** A thermal zone this hot (°C) counts as thermal pressure. */
const HOT_CELSIUS = 90;

export interface DeviceStateReader { read(): DeviceState }

/**
 * The headless reader: Linux's /sys/class/power_supply (a battery discharging, no AC online) and
 * /sys/class/thermal, /proc/meminfo's MemAvailable (os.freemem elsewhere), and whether any non-loopback
 * network interface is up. Whatever the OS does not offer reads as 'unknown'. The desktop shell injects
 * Electron's powerMonitor instead.
 */
export function systemDeviceState(root = '/sys/class', now: () => number = Date.now): DeviceStateReader {
  let cached: { at: number; state: DeviceState } | undefined;
  return {
    read() {
      const t = now();
      if (cached !== undefined && t - cached.at < CACHE_MS) return cached.state;
      const state: DeviceState = { power: powerOf(join(root, 'power_supply')), thermal: thermalOf(join(root, 'thermal')), freeMemoryBytes: availableMemory(), online: onlineOf() };
      cached = { at: t, state };
      return state;
    },
  };
}

function powerOf(dir: string): DeviceState['power'] {
  const supplies = list(dir);
  if (supplies.length === 0) return 'unknown';
  let battery = false;
  for (const name of supplies) {
    const type = read(join(dir, name, 'type'));
    if (type === 'Mains' || type === 'USB') {
      if (read(join(dir, name, 'online')) === '1') return 'ac';
    } else if (type === 'Battery') {
      battery = true;
      if (read(join(dir, name, 'status')) === 'Discharging') return 'battery';
    }
  }
  return battery ? 'ac' : 'unknown';
}

function thermalOf(dir: string): DeviceState['thermal'] {
  const zones = list(dir).filter((name) => name.startsWith('thermal_zone'));
  if (zones.length === 0) return 'unknown';
  const temps = zones.map((z) => Number(read(join(dir, z, 'temp')))).filter((n) => Number.isFinite(n) && n > 0);
  if (temps.length === 0) return 'unknown';
  return Math.max(...temps) / 1000 >= HOT_CELSIUS ? 'pressure' : 'nominal';
}

function availableMemory(): number {
  const line = /^MemAvailable:\s+(\d+) kB$/m.exec(read('/proc/meminfo') ?? '');
  return line?.[1] !== undefined ? Number(line[1]) * 1024 : freemem();
}

/**
 * No interface but loopback means no network. An interface that is up proves nothing (the cloud may still be
 * unreachable: the runtime's breakers tell that), so it reads 'unknown', never true; and a provider on
 * loopback (a model server on this machine) is the gateway's to keep.
 */
function onlineOf(): false | 'unknown' {
  return Object.values(networkInterfaces()).some((addresses) => (addresses ?? []).some((a) => !a.internal)) ? 'unknown' : false;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}
