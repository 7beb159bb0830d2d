import { BrowserWindow, dialog, type OpenDialogOptions } from 'electron';

const options: OpenDialogOptions = {
  title: 'Add a GGUF model',
  buttonLabel: 'Choose',
  filters: [{ name: 'GGUF models', extensions: ['gguf'] }],
  properties: ['openFile'],
};

/** models.pickFile on the desktop: the OS file dialog, sheet-attached to the focused window when there is one. */
export async function pickModelFile(): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
