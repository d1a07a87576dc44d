import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" className="p-6 text-center text-sm text-slate-500">
      {t('common.loading')}
    </div>
  );
}
