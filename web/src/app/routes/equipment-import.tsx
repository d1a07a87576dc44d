import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { DEVICES_TEMPLATE_URL, EXPORT_DEVICES_URL } from '../../features/devices/api/export-devices';
import { ImportForm } from '../../features/devices/components/import-form';
import { EXPORT_TOWERS_URL, TOWERS_TEMPLATE_URL } from '../../features/towers/api/export-towers';
import { TowerImportForm } from '../../features/towers/components/tower-import-form';

/** One file's section: its title, a template and an export to download, and the form. */
function ImportSection({ title, testId, links, children }: { title: string; testId: string; links: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={testId}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        <div className="flex flex-wrap items-center gap-2">{links}</div>
      </div>
      {children}
    </section>
  );
}

/** Towers first: the equipment file refers to them, and their uplinks are its hosts. */
export function EquipmentImportRoute() {
  const { t } = useTranslation();
  const download = (href: string, label: string, testId: string) => (
    <a href={href} download className={buttonClass('secondary')} data-testid={testId}>
      {label}
    </a>
  );
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={t('csvImport.pageTitle')}
        actions={
          <Link to="/equipment" className={buttonClass('secondary')}>
            {t('common.back')}
          </Link>
        }
      />
      <p className="text-sm text-slate-600">{t('csvImport.order')}</p>
      <ImportSection
        title={t('csvImport.towersTitle')}
        testId="tower-import-section"
        links={
          <>
            {download(TOWERS_TEMPLATE_URL, t('csvImport.template'), 'tower-template')}
            {download(EXPORT_TOWERS_URL, t('csvImport.exportTowers'), 'tower-export')}
          </>
        }
      >
        <TowerImportForm />
      </ImportSection>
      <ImportSection
        title={t('csvImport.devicesTitle')}
        testId="device-import-section"
        links={
          <>
            {download(DEVICES_TEMPLATE_URL, t('csvImport.template'), 'device-template')}
            {download(EXPORT_DEVICES_URL, t('csvImport.exportDevices'), 'device-import-export')}
          </>
        }
      >
        <ImportForm />
      </ImportSection>
    </div>
  );
}
