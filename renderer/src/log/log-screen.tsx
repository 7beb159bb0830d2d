import { useCallback, useEffect, useState } from 'react';
import type { Target } from '../../../shared/decision';
import type { ChannelOutput } from '../../../shared/ipc';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import { useApi } from '../app/api-context';
import { downloadText } from '../common/download';
import { asError, ErrorBanner } from '../common/error-banner';
import { LogCharts } from './log-charts';
import { LogDrawer } from './log-drawer';
import { LogTable } from './log-table';

export function LogScreen(): React.JSX.Element {
  const api = useApi();
  const [entries, setEntries] = useState<RoutingLogEntry[]>([]);
  const [stats, setStats] = useState<ChannelOutput<'log.stats'> | null>(null);
  const [target, setTarget] = useState<Target | ''>('');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<RoutingLogEntry | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const query = { limit: 5000, ...(target !== '' ? { target } : {}), ...(search.trim() !== '' ? { search: search.trim() } : {}) };
  const queryKey = JSON.stringify(query);

  const refresh = useCallback(() => {
    const q = JSON.parse(queryKey) as typeof query;
    Promise.all([api.invoke('log.query', q), api.invoke('log.stats', {})]).then(([result, s]) => {
      setEntries(result.entries);
      setStats(s);
      setError(null);
    }, (e: unknown) => setError(asError(e)));
  }, [api, queryKey]);
  useEffect(refresh, [refresh]);

  const exportCsv = (): void => {
    api.invoke('log.exportCsv', JSON.parse(queryKey) as typeof query).then(({ csv }) => downloadText('switchyard-routing-log.csv', csv, 'text/csv'), (e: unknown) => setError(asError(e)));
  };
  const exportJson = (): void => downloadText('switchyard-routing-log.json', JSON.stringify(entries, null, 2), 'application/json');

  return (
    <div className="log">
      <div className="toolbar">
        <label>Target{' '}
          <select aria-label="Filter by target" value={target} onChange={(e) => setTarget(e.target.value as Target | '')}>
            <option value="">all</option><option value="tier0">tier-0</option><option value="local">local</option><option value="cloud">cloud</option>
          </select>
        </label>
        <input type="search" aria-label="Search the log" placeholder="Search model, task, reason…" value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="button" onClick={refresh}>Refresh</button>
        <button type="button" onClick={exportCsv}>Export CSV</button>
        <button type="button" onClick={exportJson}>Export JSON</button>
      </div>
      <ErrorBanner error={error} />
      {stats !== null && <LogCharts stats={stats} entries={entries} />}
      <LogTable entries={entries} selectedId={selected?.id ?? null} onSelect={setSelected} />
      {selected !== null && <LogDrawer entry={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}
