import { useTranslation } from 'react-i18next';
import type { SyntheticList } from '@server/http/routes/synthetic/schema.js';
import { cn } from '../../../lib/cn';

type Upstream = SyntheticList['upstream'];
type BannerState = 'none' | 'ok' | 'partial' | 'outage';

const STYLES: Record<BannerState, { box: string; dot: string }> = {
  none: { box: 'border-slate-200 bg-slate-50 text-slate-700', dot: 'bg-slate-400' },
  ok: { box: 'border-emerald-200 bg-emerald-50 text-emerald-900', dot: 'bg-emerald-500' },
  partial: { box: 'border-amber-200 bg-amber-50 text-amber-900', dot: 'bg-amber-500' },
  outage: { box: 'border-red-300 bg-red-50 text-red-900', dot: 'bg-red-600' },
};

const stateOf = (u: Upstream): BannerState => (u.external === 0 ? 'none' : u.outage ? 'outage' : u.failing > 0 ? 'partial' : 'ok');

/** "Is it our transit?" from the last round: the first thing a NOC operator looks for. */
export function UpstreamBanner({ upstream }: { upstream: Upstream }) {
  const { t } = useTranslation();
  const state = stateOf(upstream);
  const { external, failing, quorum } = upstream;
  const [headline, detail] = {
    none: [t('synthetic.banner.none'), t('synthetic.banner.noneDetail')],
    ok: [t('synthetic.banner.ok'), t('synthetic.banner.okDetail', { external })],
    partial: [t('synthetic.banner.partial', { failing, external }), failing < quorum ? t('synthetic.banner.belowQuorum', { quorum }) : t('synthetic.banner.insideSilent')],
    outage: [t('synthetic.banner.outage', { failing, external }), t('synthetic.banner.outageDetail')],
  }[state];

  return (
    <div
      role={state === 'outage' ? 'alert' : 'status'}
      className={cn('mb-4 flex items-start gap-3 rounded-lg border px-4 py-3', STYLES[state].box)}
      data-testid="synthetic-banner"
      data-state={state}
    >
      <span aria-hidden="true" className={cn('mt-1.5 size-3 shrink-0 rounded-full', STYLES[state].dot)} />
      <div>
        <p className="text-base font-semibold" data-testid="synthetic-banner-headline">
          {headline}
        </p>
        <p className="text-sm opacity-90">{detail}</p>
      </div>
    </div>
  );
}
