import { Menu, nativeImage, Tray } from 'electron';
import type { Mode } from '../../shared/decision';
import { modeSchema } from '../../shared/decision';

export interface TrayActions {
  mode(): Mode;
  setMode(mode: Mode): void;
  openChat(): void;
  openLog(): void;
  quit(): void;
}

/** Tray icon with the current mode and quick toggles; the icon is drawn in memory (no file to ship). */
export function createTray(actions: TrayActions): { refresh(): void; destroy(): void } {
  const size = 16;
  const pixels = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i += 1) pixels.set([0xc3, 0x59, 0x2b, 0xff], i * 4);
  const tray = new Tray(nativeImage.createFromBitmap(pixels, { width: size, height: size }));
  const refresh = (): void => {
    const current = actions.mode();
    tray.setToolTip(`Switchyard — ${current} mode`);
    tray.setContextMenu(Menu.buildFromTemplate([
      { label: `Mode: ${current}`, enabled: false },
      ...modeSchema.options.map((mode) => ({
        label: mode[0]?.toUpperCase() + mode.slice(1),
        type: 'radio' as const,
        checked: mode === current,
        click: () => {
          actions.setMode(mode);
          refresh();
        },
      })),
      { type: 'separator' },
      { label: 'Open chat', click: actions.openChat },
      { label: 'Routing log', click: actions.openLog },
      { type: 'separator' },
      { label: 'Quit Switchyard', click: actions.quit },
    ]));
  };
  refresh();
  return { refresh, destroy: () => tray.destroy() };
}
