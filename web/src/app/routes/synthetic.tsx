import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { useSyntheticTargets } from '../../features/synthetic/api/get-synthetic-targets';
import { HistoryPanel } from '../../features/synthetic/components/history-panel';
import { SyntheticFormDialog } from '../../features/synthetic/components/synthetic-form-dialog';
import { SyntheticList } from '../../features/synthetic/components/synthetic-list';
import { UpstreamBanner } from '../../features/synthetic/components/upstream-banner';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

type Notice = { key: 'created' | 'saved' | 'deleted'; name: string };

/** Checks of the outside world and the internet verdict; operators and admins add, change and remove them. */
export function SyntheticRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const writable = canWrite(useCurrentUser().role);
  const list = useSyntheticTargets();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState<SyntheticTarget | 'new' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const items = list.data?.items ?? [];
  const selected = items.find((s) => s.id === selectedId) ?? null;

  return (
    <div data-testid="page-synthetic">
      <PageHeader
        title={t('synthetic.title')}
        actions={
          writable ? (
            <Button
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
              data-testid="synthetic-new"
            >
              {t('synthetic.new')}
            </Button>
          ) : null
        }
      />
      <p className="mb-4 max-w-3xl text-sm text-slate-600">{t('synthetic.intro')}</p>
      {list.data ? <UpstreamBanner upstream={list.data.upstream} /> : null}
      <div className="space-y-4">
        {list.error ? <Alert tone="error">{errorMessage(list.error)}</Alert> : null}
        {notice ? (
          <Alert tone="success" testId="synthetic-notice">
            {t(`synthetic.${notice.key}`, { name: notice.name })}
          </Alert>
        ) : null}
        <SyntheticList
          items={items}
          updatedAt={list.dataUpdatedAt}
          loading={list.isPending}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onEdit={writable ? setEditing : null}
          onDeleted={(s) => {
            setNotice({ key: 'deleted', name: s.name });
            if (s.id === selectedId) setSelectedId(null);
          }}
        />
        {selected ? <HistoryPanel key={selected.id} target={selected} onClose={() => setSelectedId(null)} /> : null}
      </div>
      <SyntheticFormDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setNotice({ key: editing === 'new' ? 'created' : 'saved', name: saved.name });
          setEditing(null);
        }}
      />
    </div>
  );
}
