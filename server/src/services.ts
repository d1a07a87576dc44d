import type { Db } from './db/database.js';
import { createUsersRepo } from './db/repos/users.js';
import { createSessionsRepo } from './db/repos/sessions.js';
import { createTowersRepo } from './db/repos/towers.js';
import { createTowerRowsRepo } from './db/repos/tower-rows.js';
import { createDevicesRepo } from './db/repos/devices.js';
import { createDeviceStatusRepo } from './db/repos/device-status.js';
import { createTowerStatusRepo } from './db/repos/tower-status.js';
import { createPingSamplesRepo } from './db/repos/ping-samples.js';
import { createSnmpStateRepo } from './db/repos/snmp-state.js';
import { createSnmpHistoryRepo } from './db/repos/snmp-history.js';
import { createAlertsRepo } from './db/repos/alerts.js';
import { createOutboxRepo } from './db/repos/outbox.js';
import { createMaintenanceRepo } from './db/repos/maintenance.js';
import { createSettingsRepo } from './db/repos/settings.js';
import { createSyntheticRepo } from './db/repos/synthetic.js';
import { createAnomaliesRepo } from './db/repos/anomalies.js';
import { createDevicesService } from './inventory/devices-service.js';
import { createDevicesBulk } from './inventory/devices-bulk.js';
import { createTowersService } from './inventory/towers-service.js';
import { createImportService } from './inventory/import-service.js';
import { createInventorySnapshot } from './inventory/snapshot.js';
import { createTowerImportService } from './inventory/tower-import-service.js';
import { createPendingUplinks } from './inventory/pending-uplinks.js';

/** Repositories and services over one database; built once by main.ts (or a test). */
export function createRepos(db: Db) {
  return {
    users: createUsersRepo(db.kysely),
    sessions: createSessionsRepo(db.kysely),
    towers: createTowersRepo(db.kysely),
    towerRows: createTowerRowsRepo(db.kysely),
    devices: createDevicesRepo(db.kysely),
    deviceStatus: createDeviceStatusRepo(db.kysely),
    towerStatus: createTowerStatusRepo(db.kysely),
    pingSamples: createPingSamplesRepo(db.kysely, db.dialect),
    snmpState: createSnmpStateRepo(db.kysely),
    snmpHistory: createSnmpHistoryRepo(db.kysely, db.dialect),
    alerts: createAlertsRepo(db.kysely),
    outbox: createOutboxRepo(db.kysely),
    maintenance: createMaintenanceRepo(db.kysely),
    settings: createSettingsRepo(db.kysely),
    synthetic: createSyntheticRepo(db.kysely),
    anomalies: createAnomaliesRepo(db.kysely),
  };
}
export type Repos = ReturnType<typeof createRepos>;

export function createServices(db: Db, repos: Repos) {
  const inventory = createInventorySnapshot(repos.devices);
  // Device writes go through a repo that also gives waiting towers their uplink (tower CSV before equipment).
  const devices = createPendingUplinks({ db: db.kysely, devices: repos.devices, towerRows: repos.towerRows }).resolvingRepo(repos.devices);
  const deps = { db: db.kysely, devices, towers: repos.towers, onChange: inventory.invalidate };
  return {
    devices: createDevicesService(deps),
    devicesBulk: createDevicesBulk(deps),
    towers: createTowersService(deps),
    importer: createImportService(deps),
    towerImporter: createTowerImportService({ ...deps, towerRows: repos.towerRows }),
    inventory,
  };
}
export type Services = ReturnType<typeof createServices>;
