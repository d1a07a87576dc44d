import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/ui/spinner';
import { AppLayout } from './app-layout';
import { RequireAuth } from './require-auth';
import { AccountPasswordRoute } from './routes/account-password';
import { CHANGES_FETCHED, DashboardRoute } from './routes/dashboard';
import { EquipmentListRoute } from './routes/equipment-list';
import { ForcedPasswordRoute } from './routes/forced-password';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { TowerDetailRoute } from './routes/tower-detail';
import { TowerEditRoute } from './routes/tower-edit';
import { TowerNewRoute } from './routes/tower-new';
import { TowersListRoute } from './routes/towers-list';
import { getMeQueryOptions } from '../features/auth/api/get-me';
import { getConfigQueryOptions } from '../features/config/api/get-config';
import { getChangesQueryOptions } from '../features/incidents/api/get-changes';
import { getIncidentsQueryOptions } from '../features/incidents/api/get-incidents';
import { getSummaryQueryOptions } from '../features/monitoring/api/get-summary';
import { getSyntheticTargetsQueryOptions } from '../features/synthetic/api/get-synthetic-targets';
import { getLinksQueryOptions } from '../features/towers/api/get-links';
import { getTowersQueryOptions } from '../features/towers/api/get-towers';

type PageModule = () => Promise<ComponentType>;

// Leaflet is the heaviest dependency; only the map page pays for it.
const MapPage: PageModule = () => import('./routes/map').then((m) => m.MapRoute);
// Recharts is the next heaviest; only the device page draws charts.
const EquipmentDetailPage: PageModule = () => import('./routes/equipment-detail').then((m) => m.EquipmentDetailRoute);
// Forms, import and users are visited rarely: kept out of the first download too.
const EquipmentNewPage: PageModule = () => import('./routes/equipment-new').then((m) => m.EquipmentNewRoute);
const EquipmentImportPage: PageModule = () => import('./routes/equipment-import').then((m) => m.EquipmentImportRoute);
const UsersPage: PageModule = () => import('./routes/users').then((m) => m.UsersRoute);
const AlertsPage: PageModule = () => import('./routes/alerts').then((m) => m.AlertsRoute);
const MaintenancePage: PageModule = () => import('./routes/maintenance').then((m) => m.MaintenanceRoute);
const SettingsPage: PageModule = () => import('./routes/settings').then((m) => m.SettingsRoute);
// Recharts again, in the chunk it shares with the device page.
const SyntheticPage: PageModule = () => import('./routes/synthetic').then((m) => m.SyntheticRoute);

/**
 * Pages loaded on demand by the router itself, not by React.lazy in Suspense (whose reveal React
 * holds back up to 300 ms). Asking for a page's code also starts the requests every signed-in page
 * needs (session, config) and the page's own data, so none of them waits for the code: the page
 * then renders from the cache, or waits itself.
 */
function lazyPages(client: QueryClient) {
  const prefetchSession = () => {
    void client.prefetchQuery(getMeQueryOptions());
    void client.prefetchQuery(getConfigQueryOptions());
  };
  return (load: PageModule, prefetchData?: (client: QueryClient) => void) => async () => {
    prefetchSession();
    prefetchData?.(client);
    return { Component: await load() };
  };
}

/**
 * The dashboard's first screen, asked for as the app starts, alongside the session: the page
 * itself only renders once the session is known, and would ask for these only then.
 */
const prefetchDashboard = (client: QueryClient) => () => {
  void client.prefetchQuery(getMeQueryOptions());
  void client.prefetchQuery(getIncidentsQueryOptions());
  void client.prefetchQuery(getChangesQueryOptions(CHANGES_FETCHED));
  void client.prefetchQuery(getSummaryQueryOptions());
  void client.prefetchQuery(getSyntheticTargetsQueryOptions());
  void client.prefetchQuery(getTowersQueryOptions());
  return null;
};

const prefetchMap = (client: QueryClient) => {
  void client.prefetchQuery(getTowersQueryOptions());
  void client.prefetchQuery(getLinksQueryOptions());
};

export function createRouter(queryClient: QueryClient) {
  const lazy = lazyPages(queryClient);
  return createBrowserRouter([
    { path: '/login', element: <LoginRoute /> },
    {
      path: '/change-password',
      element: (
        <RequireAuth allowPendingPasswordChange>
          <ForcedPasswordRoute />
        </RequireAuth>
      ),
    },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      hydrateFallbackElement: <Loading />,
      children: [
        { index: true, element: <DashboardRoute />, loader: prefetchDashboard(queryClient) },
        { path: 'map', lazy: lazy(MapPage, prefetchMap) },
        { path: 'equipment', element: <EquipmentListRoute /> },
        { path: 'equipment/new', lazy: lazy(EquipmentNewPage) },
        { path: 'equipment/import', lazy: lazy(EquipmentImportPage) },
        { path: 'equipment/:id', lazy: lazy(EquipmentDetailPage) },
        { path: 'towers', element: <TowersListRoute /> },
        { path: 'towers/new', element: <TowerNewRoute /> },
        { path: 'towers/:id', element: <TowerDetailRoute /> },
        { path: 'towers/:id/edit', element: <TowerEditRoute /> },
        { path: 'alerts', lazy: lazy(AlertsPage) },
        { path: 'maintenance', lazy: lazy(MaintenancePage) },
        { path: 'synthetic', lazy: lazy(SyntheticPage) },
        { path: 'settings', lazy: lazy(SettingsPage) },
        { path: 'users', lazy: lazy(UsersPage) },
        { path: 'account/password', element: <AccountPasswordRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
