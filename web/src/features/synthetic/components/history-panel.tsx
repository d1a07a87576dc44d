import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { RangePicker } from '../../../components/ui/range-picker';
import { cn } from '../../../lib/cn';
import type { TimeRange } from '../../../lib/time-ranges';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useSyntheticHistory } from '../api/get-synthetic-history';
import { HistoryChart } from './history-chart';

/**
 * The chosen check's latency and failures, 24 h by default; refetched after each round with the
 * list. Key it by the check: the previous range stays on screen while another loads, never another check's.
 */
export function HistoryPanel({ target, onClose }: { target: SyntheticTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [range, setRange] = useState<TimeRange>('24h');
  const history = useSyntheticHistory(target.id, range);

  return (
    <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="synthetic-chart" data-target-id={target.id} data-range={range}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{t('synthetic.history.title', { name: target.name })}</h2>
        <div className="flex items-center gap-2">
          <RangePicker value={range} onChange={setRange} />
          <Button variant="ghost" small onClick={onClose} data-testid="synthetic-chart-close">
            {t('synthetic.history.close')}
          </Button>
        </div>
      </div>
      {history.error ? <Alert tone="error">{errorMessage(history.error)}</Alert> : null}
      <div className={cn(history.isPlaceholderData && 'opacity-60')}>
        <HistoryChart history={history.data} range={range} />
      </div>
    </section>
  );
}
