import type { Mode } from '../../../shared/decision';

const modes: { mode: Mode; label: string; title: string }[] = [
  { mode: 'privacy', label: 'Privacy', title: 'Never the cloud' },
  { mode: 'cost', label: 'Cost', title: 'Local unless it cannot cope' },
  { mode: 'speed', label: 'Speed', title: 'Fastest expected answer' },
  { mode: 'balanced', label: 'Balanced', title: 'By complexity' },
];

/** Always visible in the header; Alt+1…4 switch too (app.tsx). */
export function ModeToggle({ mode, onChange }: { mode: Mode | null; onChange: (mode: Mode) => void }): React.JSX.Element {
  return (
    <div className="mode-toggle" role="radiogroup" aria-label="Routing mode">
      {modes.map((m, i) => (
        <button key={m.mode} type="button" role="radio" aria-checked={mode === m.mode} title={`${m.title} (Alt+${i + 1})`} onClick={() => onChange(m.mode)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}

export const modeOrder: readonly Mode[] = modes.map((m) => m.mode);
