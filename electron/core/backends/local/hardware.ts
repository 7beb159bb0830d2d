import { cpus, freemem, totalmem } from 'node:os';
import type { Llama } from 'node-llama-cpp';

/** The machine as local inference sees it: the compute backend llama.cpp picked, its VRAM, RAM and cores. */
export interface HardwareSummary {
  gpu: 'metal' | 'cuda' | 'vulkan' | 'cpu';
  gpuDevices: string[];
  /** Null on CPU-only machines. */
  vram: { totalBytes: number; freeBytes: number } | null;
  ram: { totalBytes: number; freeBytes: number };
  cpuCores: number;
}

/** The compute backend llama.cpp chose (`gpu: 'auto'`): Metal, CUDA, Vulkan, else CPU. */
export function gpuOf(llama: Llama): HardwareSummary['gpu'] {
  return llama.gpu === false ? 'cpu' : llama.gpu;
}

export async function readHardware(llama: Llama): Promise<HardwareSummary> {
  const gpu = gpuOf(llama);
  const [vram, devices] = gpu === 'cpu'
    ? [null, []]
    : await Promise.all([llama.getVramState(), llama.getGpuDeviceNames().catch(() => [])]);
  return {
    gpu,
    gpuDevices: devices,
    vram: vram === null ? null : { totalBytes: vram.total, freeBytes: vram.free },
    ram: { totalBytes: totalmem(), freeBytes: freemem() },
    cpuCores: cpus().length,
  };
}
