import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';

type Section = 'alerts' | 'maintenance' | 'synthetic' | 'settings';

export function PlaceholderRoute({ section }: { section: Section }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`page-${section}`}>
      <PageHeader title={t(`nav.${section}`)} />
      <Alert tone="info">{t('placeholder.comingSoon')}</Alert>
    </div>
  );
}
