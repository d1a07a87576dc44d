import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { towerReasonSegments } from '../tower-reason';

/**
 * Why the tower has its status, in the reader's language, each device named a link to its page.
 * Falls back to the server's text for a verdict stored before parts existed.
 */
export function TowerReason({ tower }: { tower: Pick<Tower, 'reason' | 'reasonParts'> }) {
  const { t } = useTranslation();
  if (tower.reasonParts.length === 0) return <>{tower.reason ?? ''}</>;
  return (
    <>
      {towerReasonSegments(t, tower.reasonParts).map((s, i) =>
        'text' in s ? (
          <span key={i}>{s.text}</span>
        ) : (
          <Link key={i} to={`/equipment/${s.device.id}`} className="text-sky-700 hover:underline" data-testid="tower-reason-device">
            {s.device.name}
          </Link>
        ),
      )}
    </>
  );
}
