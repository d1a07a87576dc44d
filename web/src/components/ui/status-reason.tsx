import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { statusReasonParts, type ReasonDevice } from '../../lib/status-reason';

/** The server's reason in words; "depends on X" names X and links to its page, never its id. */
export function StatusReason({ reason, device }: { reason: string | null; device: ReasonDevice | null }) {
  const { t } = useTranslation();
  const parts = statusReasonParts(t, reason, device);
  if ('text' in parts) return <>{parts.text}</>;
  return (
    <>
      {parts.before}
      <Link to={`/equipment/${parts.device.id}`} className="text-sky-700 hover:underline" data-testid="reason-device">
        {parts.device.name}
      </Link>
      {parts.after}
    </>
  );
}
