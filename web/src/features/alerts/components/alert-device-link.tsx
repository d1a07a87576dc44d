import { Link } from 'react-router';
import { useAlertDeviceName } from '../api/get-alert-device';

/** The device's name once known; "#id" meanwhile, or when the device was since deleted. */
export function AlertDeviceLink({ deviceId }: { deviceId: number | null }) {
  const name = useAlertDeviceName(deviceId);
  if (deviceId === null) return null;
  return (
    <Link to={`/equipment/${deviceId}`} className="font-medium text-sky-700 hover:underline" data-testid="alert-device">
      {name.data ?? `#${deviceId}`}
    </Link>
  );
}
