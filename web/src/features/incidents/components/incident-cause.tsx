import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Incident } from '@server/http/routes/incidents/schema.js';

const linkClass = 'font-medium text-sky-700 hover:underline';

function DeviceLinks({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const more = incident.causeCount - incident.causes.length;
  return (
    <>
      {incident.causes.map((d, i) => (
        <Fragment key={d.id}>
          {i > 0 ? ', ' : null}
          <Link to={`/equipment/${d.id}`} className={linkClass} data-testid="incident-cause-device">
            {d.name}
          </Link>
        </Fragment>
      ))}
      {more > 0 ? ` ${t('incidents.now.more', { count: more })}` : null}
    </>
  );
}

/** What failed, in words and links: the internet, a tower and its uplink, or a device. */
export function IncidentCause({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  if (incident.kind === 'internet') {
    return (
      <div className="min-w-0">
        <p className="font-semibold text-slate-900">{t('incidents.now.internet')}</p>
        <p className="text-sm text-slate-600">
          {incident.internet ? t('incidents.now.internetDetail', incident.internet) : null}
          {incident.causeCount > 0 ? (
            <>
              {incident.internet ? '; ' : null}
              {t('incidents.now.internetDevices', { count: incident.causeCount })}: <DeviceLinks incident={incident} />
            </>
          ) : null}
        </p>
      </div>
    );
  }
  if (incident.kind === 'tower' && incident.tower) {
    const uplink = incident.causeCount === 1;
    return (
      <div className="min-w-0">
        <p className="font-semibold text-slate-900">
          <Link to={`/towers/${incident.tower.id}`} className="text-sky-700 hover:underline" data-testid="incident-tower">
            {t('incidents.now.tower', { name: incident.tower.name })}
          </Link>
        </p>
        <p className="text-sm text-slate-600">
          {uplink ? t('incidents.now.uplinkDown') : t('incidents.now.allInfraDown')} <DeviceLinks incident={incident} /> {uplink ? t('incidents.now.deviceDown') : null}
        </p>
      </div>
    );
  }
  return (
    <div className="min-w-0">
      <p className="font-semibold text-slate-900">
        <DeviceLinks incident={incident} /> <span className="font-normal text-slate-600">{t('incidents.now.deviceDown')}</span>
      </p>
      <p className="text-sm text-slate-600">{incident.causes[0] ? t(`devices.types.${incident.causes[0].type}`, { defaultValue: incident.causes[0].type }) : null}</p>
    </div>
  );
}
