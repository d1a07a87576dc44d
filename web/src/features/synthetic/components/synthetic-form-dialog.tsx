import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { Dialog } from '../../../components/ui/dialog';
import { SyntheticForm } from './synthetic-form';

interface SyntheticFormDialogProps {
  /** `new`, a check to edit, or null when closed. */
  editing: SyntheticTarget | 'new' | null;
  onSaved: (saved: SyntheticTarget) => void;
  onClose: () => void;
}

/** The form over the page, so the table keeps its width. */
export function SyntheticFormDialog({ editing, onSaved, onClose }: SyntheticFormDialogProps) {
  const { t } = useTranslation();
  const target = editing === 'new' ? null : editing;
  return (
    <Dialog open={editing !== null} title={target ? t('synthetic.form.editTitle', { name: target.name }) : t('synthetic.new')} onClose={onClose} testId="synthetic-dialog">
      {/* Keyed by the check: a round's refetch of the list must not reset what is being typed. */}
      <SyntheticForm key={target?.id ?? 'new'} target={target} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}
