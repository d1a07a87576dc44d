import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import type { TestResult } from '../api/send-test-notification';

/** One line per channel and target: sent, or why not. */
export function TestResults({ results }: { results: TestResult[] }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-1" data-testid="test-results">
      <h3 className="text-sm font-medium text-slate-700">{t('settings.resultsTitle')}</h3>
      <ul className="space-y-1 text-sm">
        {results.map((r) => (
          <li key={`${r.channel}:${r.target}`} data-testid="test-result" data-ok={r.ok} data-channel={r.channel} data-target={r.target} className="flex flex-wrap gap-2">
            <span className="font-medium">{r.channel}</span>
            <span className="font-mono text-slate-600">{r.target}</span>
            <span className={cn(r.ok ? 'text-emerald-700' : 'text-red-700')}>{r.ok ? `✓ ${t('settings.testOk')}` : `✗ ${r.error ?? ''}`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
