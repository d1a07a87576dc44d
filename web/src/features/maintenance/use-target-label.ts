import { useTranslation } from 'react-i18next';
import type { MaintenanceView } from '@server/http/routes/maintenance/schema.js';

/** What a window covers, in words: the target's name, "Device (deleted)" (never its id), or the whole network. */
export function useTargetLabel() {
  const { t } = useTranslation();
  return (w: Pick<MaintenanceView, 'scope' | 'targetId' | 'targetName'>): string =>
    w.scope === 'global' ? t('maintenance.wholeNetwork') : (w.targetName ?? t('maintenance.deletedTarget', { scope: t(`maintenance.scopes.${w.scope}`) }));
}
