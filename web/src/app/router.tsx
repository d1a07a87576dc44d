import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/ui/spinner';
import { AppLayout } from './app-layout';
import { RequireAuth } from './require-auth';
import { AccountPasswordRoute } from './routes/account-password';
import { DashboardRoute } from './routes/dashboard';
import { EquipmentListRoute } from './routes/equipment-list';
import { ForcedPasswordRoute } from './routes/forced-password';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { TowerDetailRoute } from './routes/tower-detail';
import { TowerEditRoute } from './routes/tower-edit';
import { TowerNewRoute } from './routes/tower-new';
import { TowersListRoute } from './routes/towers-list';

// Leaflet is the heaviest dependency; only the map page pays for it.
const MapRoute = lazy(() => import('./routes/map').then((m) => ({ default: m.MapRoute })));
// Recharts is the next heaviest; only the device page draws charts.
const EquipmentDetailRoute = lazy(() => import('./routes/equipment-detail').then((m) => ({ default: m.EquipmentDetailRoute })));
// Forms, import and users are visited rarely: kept out of the first download too.
const EquipmentNewRoute = lazy(() => import('./routes/equipment-new').then((m) => ({ default: m.EquipmentNewRoute })));
const EquipmentImportRoute = lazy(() => import('./routes/equipment-import').then((m) => ({ default: m.EquipmentImportRoute })));
const UsersRoute = lazy(() => import('./routes/users').then((m) => ({ default: m.UsersRoute })));
const AlertsRoute = lazy(() => import('./routes/alerts').then((m) => ({ default: m.AlertsRoute })));
const MaintenanceRoute = lazy(() => import('./routes/maintenance').then((m) => ({ default: m.MaintenanceRoute })));
const SettingsRoute = lazy(() => import('./routes/settings').then((m) => ({ default: m.SettingsRoute })));
// Recharts again, in the chunk it shares with the device page.
const SyntheticRoute = lazy(() => import('./routes/synthetic').then((m) => ({ default: m.SyntheticRoute })));

/** A lazily loaded page, with the spinner while its code arrives. */
const page = (Page: ComponentType) => (
  <Suspense fallback={<Loading />}>
    <Page />
  </Suspense>
);

export function createRouter() {
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
      children: [
        { index: true, element: <DashboardRoute /> },
        { path: 'map', element: page(MapRoute) },
        { path: 'equipment', element: <EquipmentListRoute /> },
        { path: 'equipment/new', element: page(EquipmentNewRoute) },
        { path: 'equipment/import', element: page(EquipmentImportRoute) },
        { path: 'equipment/:id', element: page(EquipmentDetailRoute) },
        { path: 'towers', element: <TowersListRoute /> },
        { path: 'towers/new', element: <TowerNewRoute /> },
        { path: 'towers/:id', element: <TowerDetailRoute /> },
        { path: 'towers/:id/edit', element: <TowerEditRoute /> },
        { path: 'alerts', element: page(AlertsRoute) },
        { path: 'maintenance', element: page(MaintenanceRoute) },
        { path: 'synthetic', element: page(SyntheticRoute) },
        { path: 'settings', element: page(SettingsRoute) },
        { path: 'users', element: page(UsersRoute) },
        { path: 'account/password', element: <AccountPasswordRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
