import type { SnmpSystem } from '../model.js';
import type { VarbindMap } from '../varbinds.js';
import { AF60, AF60_ROOTS } from './wireless/af60.js';
import { AIRFIBER, AIRFIBER_ROOTS } from './wireless/airfiber.js';
import { AIRMAX_ROOTS, DOT11_PRODUCT_NAME, DOT11_PRODUCT_VERSION, dot11Text } from './wireless/airmax.js';
import { LTU, LTU_ROOTS } from './wireless/ltu.js';
import { hasAny, int, releaseOf, scalarInt, scalarText, text, ticksToSeconds } from './values.js';

const SYS = '1.3.6.1.2.1.1';
const sysDescr = `${SYS}.1.0`;
const sysObjectID = `${SYS}.2.0`;
const sysUpTime = `${SYS}.3.0`; // TimeTicks
const sysName = `${SYS}.5.0`;

/** HOST-RESOURCES-MIB hrSystemUptime (TimeTicks): the host's uptime, not the agent's. */
export const HR_SYSTEM_UPTIME = '1.3.6.1.2.1.25.1.1';

/** MIKROTIK-MIB: mtxrLicVersion (RouterOS version) and the mtxrSystem group. */
const MTXR_LIC_VERSION = '1.3.6.1.4.1.14988.1.1.4.4';
const MTXR_SYSTEM = '1.3.6.1.4.1.14988.1.1.7';
const mtxrSerialNumber = `${MTXR_SYSTEM}.3`;
const mtxrFirmwareVersion = `${MTXR_SYSTEM}.4`; // RouterBOOT, only a fallback for the OS version
const mtxrBoardName = `${MTXR_SYSTEM}.9`;

export const UBIQUITI_SYSTEM_ROOTS = [HR_SYSTEM_UPTIME, DOT11_PRODUCT_NAME, DOT11_PRODUCT_VERSION];
export const MIKROTIK_SYSTEM_ROOTS = [MTXR_LIC_VERSION, MTXR_SYSTEM];

const MIKROTIK_ENTERPRISE = '1.3.6.1.4.1.14988';
const UBIQUITI_ENTERPRISE = '1.3.6.1.4.1.41112';

function underEnterprise(sysObjectId: string | null, enterprise: string): boolean {
  const id = sysObjectId?.replace(/^\./, '') ?? '';
  return id === enterprise || id.startsWith(`${enterprise}.`);
}

export const isMikrotikObjectId = (sysObjectId: string | null): boolean => underEnterprise(sysObjectId, MIKROTIK_ENTERPRISE);

type Identity = Pick<SnmpSystem, 'vendor' | 'platform' | 'model' | 'firmware' | 'serial'> & {
  /** The device's own uptime object, in seconds, when its MIB has one. */
  vendorUptime: number | null;
};

export function parseSystem(map: VarbindMap): SnmpSystem {
  const descr = text(map, sysDescr);
  const objectId = text(map, sysObjectID);
  const id = identify(map, descr, objectId);
  return {
    sysName: text(map, sysName),
    sysDescr: descr,
    sysObjectId: objectId,
    uptimeSeconds: uptime(map, id),
    vendor: id.vendor,
    platform: id.platform,
    model: id.model,
    firmware: id.firmware,
    serial: id.serial,
  };
}

/**
 * RouterOS answers SNMP from the system itself, so its sysUpTime is the device's uptime. On the
 * Linux boxes (Ubiquiti, generic) net-snmp restarts whenever the configuration is saved, which
 * resets sysUpTime: the vendor's board uptime, then hrSystemUptime (kernel), are truer.
 */
function uptime(map: VarbindMap, id: Identity): number | null {
  const sys = ticksToSeconds(int(map, sysUpTime));
  if (id.vendor === 'MikroTik') return sys;
  return id.vendorUptime ?? ticksToSeconds(int(map, `${HR_SYSTEM_UPTIME}.0`)) ?? sys;
}

function identify(map: VarbindMap, descr: string | null, objectId: string | null): Identity {
  // Told by sysObjectID alone, exactly as vendorRoots chooses what the prober walks.
  if (isMikrotikObjectId(objectId)) return mikrotik(map, descr);
  const generic = { vendor: null, platform: null, model: null, firmware: null, serial: null, vendorUptime: null };
  // A Ubiquiti product without a radio MIB (EdgeRouter, UniFi) is still Ubiquiti.
  return ubiquiti(map) ?? (underEnterprise(objectId, UBIQUITI_ENTERPRISE) ? { ...generic, vendor: 'Ubiquiti' } : generic);
}

function mikrotik(map: VarbindMap, descr: string | null): Identity {
  // sysDescr is "RouterOS <board>" unless the owner changed it (the routeros recording says "router").
  const fromDescr = /^RouterOS\s+(\S+)/.exec(descr ?? '')?.[1] ?? null;
  return {
    vendor: 'MikroTik',
    platform: 'RouterOS',
    model: text(map, `${mtxrBoardName}.0`) ?? fromDescr,
    firmware: text(map, `${MTXR_LIC_VERSION}.0`) ?? text(map, `${mtxrFirmwareVersion}.0`),
    serial: text(map, `${mtxrSerialNumber}.0`),
    vendorUptime: null,
  };
}

/**
 * Ubiquiti radios report a generic Linux sysObjectID, so the platform is told by which of its
 * radio MIBs answers (each device family has its own). airFiber's status table has one row,
 * the air0 radio, at index 1.
 */
function ubiquiti(map: VarbindMap): Identity | null {
  const base = { vendor: 'Ubiquiti', serial: null };
  if (hasAny(map, AF60_ROOTS)) {
    return {
      ...base,
      platform: 'airFiber 60',
      model: scalarText(map, AF60.devModel),
      firmware: releaseOf(scalarText(map, AF60.firmwareVersion)),
      vendorUptime: ticksToSeconds(scalarInt(map, AF60.uptime)), // af60Uptime, TimeTicks
    };
  }
  if (hasAny(map, LTU_ROOTS)) {
    return {
      ...base,
      platform: 'airFiber LTU',
      model: scalarText(map, LTU.devModel),
      firmware: releaseOf(scalarText(map, LTU.firmwareVersion)),
      vendorUptime: scalarInt(map, LTU.uptime), // afLTUUptime, Counter64 UNITS "s"
    };
  }
  if (hasAny(map, AIRFIBER_ROOTS)) {
    return {
      ...base,
      platform: 'airFiber',
      model: dot11Text(map, DOT11_PRODUCT_NAME),
      firmware: releaseOf(text(map, `${AIRFIBER.status}.${AIRFIBER.fwVersion}.1`)),
      vendorUptime: int(map, `${AIRFIBER.status}.${AIRFIBER.upTime}.1`), // upTime, "Board uptime (seconds)"
    };
  }
  if (hasAny(map, AIRMAX_ROOTS)) {
    return {
      ...base,
      platform: 'airMAX',
      model: dot11Text(map, DOT11_PRODUCT_NAME),
      firmware: releaseOf(dot11Text(map, DOT11_PRODUCT_VERSION)),
      vendorUptime: null,
    };
  }
  return null;
}
