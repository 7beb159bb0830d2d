import { useEffect, useState } from 'react';
import type { EngineApi } from '../../../shared/ipc';
import { useApi } from '../app/api-context';

/** Whether the engine can open an OS file dialog (desktop yes, headless no); a failed probe means no. */
export async function canPickFiles(api: EngineApi): Promise<boolean> {
  return api.invoke('models.pickFile', { probe: true }).then((r) => r.supported, () => false);
}

/** Asks once per mount; false until answered, so a browser never shows a Browse button that cannot work. */
export function useFilePicking(): boolean {
  const api = useApi();
  const [supported, setSupported] = useState(false);
  useEffect(() => {
    let live = true;
    void canPickFiles(api).then((yes) => {
      if (live) setSupported(yes);
    });
    return () => {
      live = false;
    };
  }, [api]);
  return supported;
}
