import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/ui/spinner';
import { AppLayout } from './app-layout';
import { RequireAuth } from './require-auth';
import { AccountPasswordRoute } from './routes/account-password';
import { DashboardRoute } from './routes/dashboard';
import { EquipmentImportRoute } from './routes/equipment-import';
import { EquipmentListRoute } from './routes/equipment-list';
import { EquipmentNewRoute } from './routes/equipment-new';
import { ForcedPasswordRoute } from './routes/forced-password';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { PlaceholderRoute } from './routes/placeholder';
import { TowerEditRoute } from './routes/tower-edit';
import { TowerNewRoute } from './routes/tower-new';
import { TowersListRoute } from './routes/towers-list';
import { UsersRoute } from './routes/users';

// Leaflet is the heaviest dependency; only the map page pays for it.
const MapRoute = lazy(() => import('./routes/map').then((m) => ({ default: m.MapRoute })));
// Recharts is the next heaviest; only the device page draws charts.
const EquipmentDetailRoute = lazy(() => import('./routes/equipment-detail').then((m) => ({ default: m.EquipmentDetailRoute })));

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
        {
          path: 'map',
          element: (
            <Suspense fallback={<Loading />}>
              <MapRoute />
            </Suspense>
          ),
        },
        { path: 'equipment', element: <EquipmentListRoute /> },
        { path: 'equipment/new', element: <EquipmentNewRoute /> },
        { path: 'equipment/import', element: <EquipmentImportRoute /> },
        {
          path: 'equipment/:id',
          element: (
            <Suspense fallback={<Loading />}>
              <EquipmentDetailRoute />
            </Suspense>
          ),
        },
        { path: 'towers', element: <TowersListRoute /> },
        { path: 'towers/new', element: <TowerNewRoute /> },
        { path: 'towers/:id', element: <TowerEditRoute /> },
        { path: 'alerts', element: <PlaceholderRoute section="alerts" /> },
        { path: 'maintenance', element: <PlaceholderRoute section="maintenance" /> },
        { path: 'synthetic', element: <PlaceholderRoute section="synthetic" /> },
        { path: 'settings', element: <PlaceholderRoute section="settings" /> },
        { path: 'users', element: <UsersRoute /> },
        { path: 'account/password', element: <AccountPasswordRoute /> },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
