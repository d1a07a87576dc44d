import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { buttonClass } from '../../components/ui/button';
import { TextField } from '../../components/ui/field';
import { FiltersFold } from '../../components/ui/filters-fold';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useTowers } from '../../features/towers/api/get-towers';
import { TowersTable } from '../../features/towers/components/towers-table';
import { sortTowers } from '../../features/towers/tower-status';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

export function TowersListRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), 250);
  const towers = useTowers({ q: query || undefined });
  // Worst first: the tower to look at is on top.
  const items = useMemo(() => sortTowers(towers.data?.items ?? []), [towers.data]);

  return (
    <div className="space-y-4">
      <PageHeader
        title={t('towers.title')}
        actions={
          canWrite(user.role) ? (
            <Link to="/towers/new" className={buttonClass()} data-testid="tower-new">
              {t('towers.new')}
            </Link>
          ) : null
        }
      />
      <FiltersFold active={q.trim() ? 1 : 0}>
        <TextField label={t('towers.filter')} testId="tower-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-sm" />
      </FiltersFold>
      {towers.error ? <Alert tone="error">{errorMessage(towers.error)}</Alert> : null}
      {towers.isPending ? <Loading /> : <TowersTable towers={items} canWrite={canWrite(user.role)} />}
    </div>
  );
}
