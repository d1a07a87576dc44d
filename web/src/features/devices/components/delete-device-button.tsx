import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '@server/http/routes/devices/schema.js';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeleteDevice } from '../api/delete-device';

export function DeleteDeviceButton({ device, onDeleted }: { device: Device; onDeleted: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useDeleteDevice();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)} data-testid="device-delete">
        {t('common.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('common.delete')}
        message={t('common.confirmDelete', { name: device.name })}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onClose={() => {
          setOpen(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(device.id, { onSuccess: onDeleted })}
      />
    </>
  );
}
