import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';
const KEY = 'switchyard.theme';

function initialTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function ThemeToggle(): React.JSX.Element {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    localStorage.setItem(KEY, theme);
  }, [theme]);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return <button type="button" className="small" onClick={() => setTheme(next)} aria-label={`Switch to ${next} theme`}>{theme === 'dark' ? '☀' : '☾'}</button>;
}
