import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import { TOWER_STATUSES, TOWER_STATUS_STYLES } from '../../towers/tower-status';
import { LEGEND_OPEN_MIN_WIDTH } from './map-behaviours';
import { DOWN_STYLE, MAINTENANCE_STYLE, UTILISATION_BANDS, lineStyle, type LineStyle } from '../link-style';

function Swatch({ style }: { style: LineStyle }) {
  return (
    <svg width="28" height="10" aria-hidden="true" className="shrink-0">
      <line x1="2" y1="5" x2="26" y2="5" stroke={style.color} strokeWidth={Math.min(style.weight, 7)} strokeDasharray={style.dashArray} strokeLinecap="round" />
    </svg>
  );
}

/** Tower colours and link bands; folded by default on a phone, where the map needs the room. */
export function MapLegend() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= LEGEND_OPEN_MIN_WIDTH);
  return (
    <div className="absolute right-2 top-2 z-[500] max-w-[13rem] rounded-md bg-white/95 text-xs text-slate-700 shadow ring-1 ring-slate-900/10" data-testid="map-legend">
      <button type="button" className="flex w-full items-center justify-between gap-3 px-2.5 py-1.5 font-semibold text-slate-900" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-testid="map-legend-toggle">
        {t('map.legend')}
        <span aria-hidden="true">{open ? '−' : '+'}</span>
      </button>
      <div className={cn('space-y-2 px-2.5 pb-2', !open && 'hidden')}>
        <div>
          <p className="mb-0.5 font-medium text-slate-500">{t('map.legendTowers')}</p>
          <ul className="space-y-0.5">
            {TOWER_STATUSES.map((status) => (
              <li key={status} className="flex items-center gap-2">
                <span aria-hidden="true" className={cn('inline-block size-3 rounded-full ring-2 ring-white', TOWER_STATUS_STYLES[status].dot)} />
                {t(`towerView.status.${status}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="mb-0.5 font-medium text-slate-500">{t('map.legendLinks')}</p>
          <ul className="space-y-0.5">
            {UTILISATION_BANDS.map((band) => (
              <li key={band} className="flex items-center gap-2">
                <Swatch style={lineStyle(band)} />
                {t(`map.bands.${band}`)}
              </li>
            ))}
            <li className="flex items-center gap-2">
              <Swatch style={DOWN_STYLE} />
              {t('map.linkDown')}
            </li>
            <li className="flex items-center gap-2">
              <Swatch style={MAINTENANCE_STYLE} />
              {t('map.linkMaintenance')}
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}
