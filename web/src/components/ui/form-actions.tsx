import { useTranslation } from 'react-i18next';
import { Button } from './button';

/** The footer of an edit form: Cancel (when there is somewhere to go back to) and Save. */
export function FormActions({ onCancel, pending, submitTestId }: { onCancel?: (() => void) | undefined; pending: boolean; submitTestId: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex justify-end gap-2">
      {onCancel ? (
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      ) : null}
      <Button type="submit" data-testid={submitTestId} disabled={pending}>
        {pending ? t('common.saving') : t('common.save')}
      </Button>
    </div>
  );
}
