import { useState } from 'react';

export function CopyButton({ text, label }: { text: string; label: string }): React.JSX.Element {
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    }, () => setCopied(false));
  };
  return <button type="button" className="small" onClick={copy} aria-label={label}>{copied ? 'Copied' : 'Copy'}</button>;
}
