import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <div className="space-y-2 p-6">
      <p>{t('common.notFound')}</p>
      <Link to="/" className="text-sky-700 hover:underline">
        {t('nav.dashboard')}
      </Link>
    </div>
  );
}
