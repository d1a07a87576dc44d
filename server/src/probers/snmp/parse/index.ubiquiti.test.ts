import { describe, expect, it } from 'vitest';
import { snmpRecordingPath } from '../../../test-support/snmp-fixtures.js';
import { readSnmprec } from '../snmprec.js';
import { parseReading } from './index.js';

// Every expected value below is read from the recording; the comment names the .snmprec line
// (OID without the 1.3.6.1.4.1 prefix for enterprise objects) and the unit conversion.
const load = (name: string) => parseReading(readSnmprec(snmpRecordingPath(name)));

describe('parseReading on the Ubiquiti recordings', () => {
  it('airos: Rocket Prism 5AC airMAX access point', () => {
    const r = load('airos');
    expect(r.system).toEqual({
      sysName: null, // 1.3.6.1.2.1.1.5.0 = <private>
      sysDescr: 'Linux 2.6.32.68 #1 Fri Dec 16 15:44:21 EET 2016 mips',
      sysObjectId: '1.3.6.1.4.1.10002.1',
      uptimeSeconds: 6372731, // 1.3.6.1.2.1.1.3.0 sysUpTime 637273100 ticks / 100 (no hrSystemUptime)
      vendor: 'Ubiquiti',
      platform: 'airMAX', // 41112.1.4 UBNT-AirMAX-MIB answers
      model: 'Rocket Prism 5AC Gen2', // 1.2.840.10036.3.1.2.1.3.10 dot11manufacturerProductName
      firmware: '8.5.1', // 1.2.840.10036.3.1.2.1.4.10 = XC.qca955x.v8.5.1.37185.180307.0931
      serial: null,
    });
    expect(r.interfaces).toEqual([]); // the recording holds no IF-MIB
    expect(r.wireless).toEqual([
      {
        ifIndex: 10, // the single dot11 row's index (IEEE802dot11-MIB is indexed by ifIndex)
        mode: 'ap', // no ubntRadioMode; ubntWlStatStaCount 22 > 1 peer
        ssid: null, // ubntWlStatSsid not recorded
        frequencyMhz: 5745, // 41112.1.4.1.1.4.1 ubntRadioFreq, MHz
        channelWidthMhz: null, // ubntWlStatChanWidth not recorded
        signalDbm: -69, // 41112.1.4.5.1.5.1 ubntWlStatSignal, dBm
        noiseDbm: -103, // 41112.1.4.5.1.8.1 ubntWlStatNoiseFloor, dBm
        snrDb: -69 - -103, // no SNR object: signal − noise = 34 dB
        ccqPercent: 92, // 41112.1.4.5.1.7.1 ubntWlStatCcq, %
        txRateBps: 59999000, // 41112.1.4.5.1.9.1 ubntWlStatTxRate, bps
        rxRateBps: 37338600, // 41112.1.4.5.1.10.1 ubntWlStatRxRate, bps
        clients: 22, // 41112.1.4.5.1.15.1 ubntWlStatStaCount
        distanceMeters: 14400, // 41112.1.4.1.1.7.1 ubntRadioDistance, metres
        txPowerDbm: 27, // 41112.1.4.1.1.6.1 ubntRadioTxPower, dBm
      },
    ]);
    expect(r.clients).toEqual([]); // no ubntStaTable in the recording
  });

  it('airos-af: airFiber 11 link with a 32-bit ifTable only', () => {
    const r = load('airos-af');
    expect(r.system).toMatchObject({
      sysName: null, // <private>
      vendor: 'Ubiquiti',
      platform: 'airFiber', // 41112.1.3 UBNT-AirFIBER-MIB answers
      model: null, // 1.2.840.10036.3.1.2.1.3.5 is empty and the MIB has no model object
      firmware: '4.0.3', // 41112.1.3.2.1.40.1 fwVersion = v4.0.3
      uptimeSeconds: 74749, // 1.3.6.1.2.1.1.3.0 = 7474900 ticks / 100 (no upTime, no hrSystemUptime)
    });
    expect(r.interfaces.map((i) => i.name)).toEqual(['lo', 'sit0', 'eth0', 'air0', 'eth0.101', 'air0.101', 'br1']);
    expect(r.interfaces.find((i) => i.ifIndex === 4)).toEqual({
      ifIndex: 4,
      name: 'air0', // no ifXTable: ifName falls back to 1.3.6.1.2.1.2.2.1.2.4 ifDescr
      alias: null,
      descr: 'air0',
      type: 6, // .3.4 ethernetCsmacd
      adminStatus: 'up', // .7.4 = 1
      operStatus: 'up', // .8.4 = 1
      speedBps: null, // .5.4 ifSpeed = 0: no concept of bandwidth
      inOctets: 21233147n, // .10.4 ifInOctets, Counter32
      outOctets: 123465350n, // .16.4 ifOutOctets
      counterBits: 32,
      inErrors: 0, // .14.4
      outErrors: 0, // .20.4
      inDiscards: 0, // .13.4
      outDiscards: 1, // .19.4
    });
    expect(r.interfaces.find((i) => i.ifIndex === 3)).toMatchObject({ name: 'eth0', operStatus: 'down', speedBps: 10_000_000 }); // .5.3 ifSpeed, bps
    expect(r.wireless).toEqual([
      {
        ifIndex: null, // the airFiber tables are not indexed by ifIndex
        mode: 'ptp',
        ssid: null, // linkName not recorded
        frequencyMhz: 11485000 / 1000, // 41112.1.3.1.1.5.1 txFrequency: 11485000 is kHz despite the MIB's "MHz"
        channelWidthMhz: null, // txChannelWidth not recorded
        signalDbm: -42, // 41112.1.3.2.1.11.1 rxPower0 = .14.1 rxPower1 = -42 dBm
        noiseDbm: null,
        snrDb: null,
        ccqPercent: null,
        txRateBps: 684856960, // 41112.1.3.2.1.6.1 txCapacity, bits/sec
        rxRateBps: 686400640, // 41112.1.3.2.1.5.1 rxCapacity, bits/sec
        clients: null,
        distanceMeters: 11450, // 41112.1.3.2.1.4.1 radioLinkDistM, metres
        txPowerDbm: 58, // 41112.1.3.1.1.9.1 txPower, dBm
      },
    ]);
    expect(r.clients).toEqual([]);
  });

  it('airos-af-ltu: airFiber 5XHD on the LTU MIB, ifTable + ifXTable', () => {
    const r = load('airos-af-ltu');
    expect(r.system).toMatchObject({
      sysObjectId: '1.3.6.1.4.1.8072.3.2.10', // net-snmp's Linux ID, not 41112
      vendor: 'Ubiquiti',
      platform: 'airFiber LTU', // 41112.1.10 UBNT-AFLTU-MIB answers
      model: 'airFiber 5XHD', // 41112.1.10.1.3.2.0 afLTUDevModel
      firmware: '1.1.1-BETA2', // 41112.1.10.1.3.4.0 = .v1.1.1-BETA2.00015.180314.0503
      // 1.3.6.1.2.1.25.1.1.0 hrSystemUptime 9925473 ticks / 100, not sysUpTime's 9820047
      uptimeSeconds: 99254,
    });
    expect(r.interfaces).toHaveLength(9); // ifIndex 1, 2, 4, 5, 6, 7, 9, 10, 11
    expect(r.interfaces.find((i) => i.ifIndex === 4)).toEqual({
      ifIndex: 4,
      name: 'ath0', // 1.3.6.1.2.1.31.1.1.1.1.4 ifName
      alias: null, // .18.4 ifAlias is empty
      descr: 'ath0',
      type: 6,
      adminStatus: 'up',
      operStatus: 'up',
      speedBps: 1000 * 1e6, // 1.3.6.1.2.1.31.1.1.1.15.4 ifHighSpeed, Mbit/s
      inOctets: 967751979n, // 1.3.6.1.2.1.31.1.1.1.6.4 ifHCInOctets, Counter64
      outOctets: 1313053567n, // 1.3.6.1.2.1.31.1.1.1.10.4 ifHCOutOctets
      counterBits: 64,
      inErrors: 0,
      outErrors: 0,
      inDiscards: 0,
      outDiscards: 0,
    });
    expect(r.interfaces.find((i) => i.ifIndex === 2)?.operStatus).toBe('down'); // 1.3.6.1.2.1.2.2.1.8.2 = 2
    expect(r.wireless).toEqual([
      {
        ifIndex: null,
        mode: 'ap', // 41112.1.10.1.2.1.0 afLTURole = ap(0)
        ssid: null, // afLTUSsid not recorded
        frequencyMhz: 5840, // 41112.1.10.1.2.2.0 afLTUFrequency, MHz
        channelWidthMhz: null, // afLTUBandwidth not recorded
        signalDbm: -47, // single peer: max(.4.1.5.<mac> -47, .4.1.6.<mac> -48) dBm
        noiseDbm: null,
        snrDb: null,
        ccqPercent: null,
        txRateBps: 63488 * 1000, // 41112.1.10.1.4.1.3.<mac> afLTUStaTxCapacity, Kbps
        rxRateBps: 161280 * 1000, // 41112.1.10.1.4.1.4.<mac> afLTUStaRxCapacity, Kbps
        clients: 1, // one afLTUStationTable row
        distanceMeters: 10955, // 41112.1.10.1.4.1.23.<mac> afLTUStaRemoteDistance, metres in practice
        txPowerDbm: 28, // 41112.1.10.1.2.6.0 afLTUTxEIRP, dBm
      },
    ]);
    expect(r.clients).toEqual([
      {
        mac: '18:e8:29:1e:30:de', // index suffix 24.232.41.30.48.222
        ifIndex: null,
        signalDbm: -47,
        snrDb: null,
        txRateBps: 63488000,
        rxRateBps: 161280000,
        uptimeSeconds: null,
      },
    ]);
  });

  it('airos-af60: AF60-LR link without sysUpTime', () => {
    const r = load('airos-af60_airos-af60');
    expect(r.system).toMatchObject({
      vendor: 'Ubiquiti',
      platform: 'airFiber 60', // 41112.1.11 UI-AF60-MIB answers
      model: 'AF60-LR', // 41112.1.11.1.2.2.1 af60DevModel (answered at .1, not .0)
      firmware: '2.6.0-RC', // 41112.1.11.1.2.4.1 = GP.ipq806x.v2.6.0-RC.46590.211230.1238
      uptimeSeconds: null, // no sysUpTime, hrSystemUptime nor af60Uptime in the recording
    });
    expect(r.interfaces.map((i) => i.name)).toEqual(['wlan0', 'br0', 'lo', 'eth0', 'ubond0']);
    expect(r.interfaces.find((i) => i.ifIndex === 4)).toEqual({
      ifIndex: 4,
      name: 'eth0',
      alias: null,
      descr: 'eth0', // 1.3.6.1.2.1.2.2.1.2.4
      type: 6,
      adminStatus: 'up',
      operStatus: 'up',
      speedBps: 1_000_000_000, // 1.3.6.1.2.1.2.2.1.5.4 ifSpeed, bps (no ifXTable)
      inOctets: 1148570841n, // .10.4
      outOctets: 320308032n, // .16.4
      counterBits: 32,
      inErrors: 0,
      outErrors: 0,
      inDiscards: 0,
      outDiscards: 0,
    });
    expect(r.wireless).toEqual([
      {
        ifIndex: null,
        mode: 'ptp', // AF60 is point-to-point; 41112.1.11.1.1.1.1 af60Role ap(0) only picks the master
        ssid: null,
        frequencyMhz: 69120, // 41112.1.11.1.1.2.1 af60Frequency, MHz
        channelWidthMhz: null,
        signalDbm: -55, // 41112.1.11.1.3.1.3.<mac>.1 af60StaRSSI, dBm
        noiseDbm: null,
        snrDb: 19, // 41112.1.11.1.3.1.4.<mac>.1 af60StaSNR, reported by the radio
        ccqPercent: null,
        txRateBps: 1951000 * 1000, // .3.1.7.<mac>.1 af60StaTxCapacity, Kbps
        rxRateBps: 1951000 * 1000, // .3.1.8.<mac>.1 af60StaRxCapacity, Kbps
        clients: null,
        distanceMeters: 4076, // .3.1.15.<mac>.1 af60StaRemoteDistance, m
        txPowerDbm: null,
      },
    ]);
    expect(r.clients).toEqual([
      {
        mac: 'f4:92:bf:e2:9e:8d', // index 244.146.191.226.158.141(.1)
        ifIndex: null,
        signalDbm: -55,
        snrDb: 19,
        txRateBps: 1951000000,
        rxRateBps: 1951000000,
        uptimeSeconds: null, // af60StaRemoteConnectionTime not recorded
      },
    ]);
  });
});
