import { net, powerMonitor } from 'electron';
import type { DeviceState } from '../../../shared/device-state';
import { systemDeviceState, type DeviceStateReader } from '../../core/engine/device-state-reader';

/**
 * The desktop's device state: Electron knows battery power, thermal state (macOS) and whether the machine is
 * online on every platform; free memory comes from the headless reader.
 */
export function powerMonitorDeviceState(): DeviceStateReader {
  const system = systemDeviceState();
  return {
    read(): DeviceState {
      const thermal = powerMonitor.getCurrentThermalState();
      return {
        ...system.read(),
        power: powerMonitor.isOnBatteryPower() ? 'battery' : 'ac',
        thermal: thermal === 'unknown' ? 'unknown' : thermal === 'serious' || thermal === 'critical' ? 'pressure' : 'nominal',
        online: net.isOnline() ? 'unknown' : false,
      };
    },
  };
}
