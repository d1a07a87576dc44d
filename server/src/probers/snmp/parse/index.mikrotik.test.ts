import { describe, expect, it } from 'vitest';
import { snmpRecordingPath } from '../../../test-support/snmp-fixtures.js';
import { readSnmprec } from '../snmprec.js';
import { parseReading } from './index.js';

// Every expected value below is read from the recording; the comment names the .snmprec line
// (MIKROTIK-MIB objects as 14988.… without the 1.3.6.1.4.1 prefix) and the unit conversion.
const load = (name: string) => parseReading(readSnmprec(snmpRecordingPath(name)));

describe('parseReading on the MikroTik recordings', () => {
  it('routeros: wireless APs, registration table and a 60 GHz station', () => {
    const r = load('routeros');
    expect(r.system).toEqual({
      sysName: null, // <private>
      sysDescr: 'router', // renamed by its owner, so no model from it
      sysObjectId: '1.3.6.1.4.1.14988.1',
      uptimeSeconds: 20204, // 1.3.6.1.2.1.1.3.0 sysUpTime 2020400 ticks / 100
      vendor: 'MikroTik',
      platform: 'RouterOS',
      model: null, // no mtxrBoardName (14988.1.1.7.9.0)
      firmware: '6.40.5', // 14988.1.1.4.4.0 mtxrLicVersion
      serial: '71B1060EE89D', // 14988.1.1.7.3.0 mtxrSerialNumber
    });
    expect(r.interfaces).toHaveLength(12);
    expect(r.interfaces[0]).toEqual({
      ifIndex: 1,
      name: 'wlan1', // 1.3.6.1.2.1.31.1.1.1.1.1
      alias: null,
      descr: 'wlan1',
      type: 71, // ieee80211
      adminStatus: 'up',
      operStatus: 'up',
      speedBps: 50 * 1e6, // 1.3.6.1.2.1.31.1.1.1.15.1 ifHighSpeed 50 Mbit/s
      inOctets: 235098478n, // .31.1.1.1.6.1 ifHCInOctets
      outOctets: 3592473100n, // .31.1.1.1.10.1 ifHCOutOctets (past 2^31: a bigint matters)
      counterBits: 64,
      inErrors: 0,
      outErrors: 0,
      inDiscards: 0,
      outDiscards: 0,
    });

    const aps = r.wireless.filter((w) => w.mode === 'ap');
    expect(aps.map((w) => [w.ifIndex, w.ssid, w.clients])).toEqual([
      [1, 'WARKOP-KOPIBOSS-B', 7], // 14988.1.1.1.3.1.4.1 mtxrWlApSsid, .6.1 mtxrWlApClientCount
      [2, 'WARKOP-KOPIBOSS-A', 0],
      [8, 'WARKOP-KOPIBOSS', 0],
      [9, 'WARKOP-KOPIBOSS', 4],
    ]);
    expect(aps[0]).toEqual({
      ifIndex: 1, // mtxrWlApIndex = ifIndex of wlan1
      mode: 'ap',
      ssid: 'WARKOP-KOPIBOSS-B',
      frequencyMhz: 2412, // 14988.1.1.1.3.1.7.1 mtxrWlApFreq, MHz
      channelWidthMhz: 20 * 2, // 14988.1.1.1.3.1.8.1 band "2412/20-Ce/gn": 20 MHz control + extension
      signalDbm: null, // an AP has one signal per client, in r.clients
      noiseDbm: -117, // 14988.1.1.1.3.1.9.1 mtxrWlApNoiseFloor, dBm
      snrDb: null,
      ccqPercent: 70, // 14988.1.1.1.3.1.10.1 mtxrWlApOverallTxCCQ, %
      txRateBps: null, // 14988.1.1.1.3.1.2.1 mtxrWlApTxRate = 0: no data
      rxRateBps: null, // .3.1.3.1 = 0
      clients: 7,
      distanceMeters: null,
      txPowerDbm: null,
    });
    expect(aps[1]).toMatchObject({ frequencyMhz: 5805, channelWidthMhz: 20, noiseDbm: -112, ccqPercent: 75 }); // band "5805/20/ac"
    // ifIndex 9 is a virtual AP: freq .7.9, noise .9.9 and CCQ .10.9 are 0, meaning "none".
    expect(aps[3]).toMatchObject({ frequencyMhz: null, channelWidthMhz: null, noiseDbm: null, ccqPercent: null });

    expect(r.wireless.filter((w) => w.mode !== 'ap')).toEqual([
      {
        ifIndex: 1, // mtxrWl60GIndex
        mode: 'station', // 14988.1.1.1.8.1.2.1 mtxrWl60GMode = stationBridge(1)
        ssid: 'MikroTik-e2f1fc', // .8.1.3.1
        frequencyMhz: 58320, // .8.1.6.1 mtxrWl60GFreq, MHz
        channelWidthMhz: null,
        signalDbm: -55, // .8.1.12.1 mtxrWl60GRssi, dBm
        noiseDbm: null,
        snrDb: null,
        ccqPercent: null, // .8.1.8.1 mtxrWl60GSignal 80 is a quality, not CCQ
        txRateBps: 2310 * 1e6, // .8.1.13.1 mtxrWl60GPhyRate, Mbit/s
        rxRateBps: null,
        clients: null,
        distanceMeters: null, // the station row's peer (.9.1.3.4) is not this radio's (.8.1.5.1)
        txPowerDbm: null,
      },
    ]);

    // 11 registration rows (14988.1.1.1.2.1.3.<mac>.<ifIndex>) plus one 60 GHz peer.
    expect(r.clients).toHaveLength(12);
    expect(r.clients.filter((c) => c.ifIndex === 1)).toHaveLength(7); // matches mtxrWlApClientCount.1
    expect(r.clients.filter((c) => c.ifIndex === 9)).toHaveLength(4); // matches mtxrWlApClientCount.9
    expect(r.clients.find((c) => c.mac === 'a4:e4:b8:4a:d5:ca')).toEqual({
      mac: 'a4:e4:b8:4a:d5:ca', // index 164.228.184.74.213.202 (MAC in the index) …
      ifIndex: 1, // … then .1, the interface
      signalDbm: -43, // 14988.1.1.1.2.1.3.164.228.184.74.213.202.1 mtxrWlRtabStrength, dBm
      snrDb: null, // no other registration columns are recorded
      txRateBps: null,
      rxRateBps: null,
      uptimeSeconds: null,
    });
    expect(r.clients.at(-1)).toEqual({
      mac: '04:d6:aa:a8:0f:89', // 14988.1.1.1.9.1.3.4 mtxrWl60GStaRemote (MAC as a value)
      ifIndex: 4,
      signalDbm: -54, // .9.1.9.4 mtxrWl60GStaRssi, dBm
      snrDb: null,
      txRateBps: 2310 * 1e6, // .9.1.8.4 mtxrWl60GStaPhyRate, "Mbits per second"
      rxRateBps: null,
      uptimeSeconds: null,
    });
  });

  it('routeros_station: DynaDish in station mode', () => {
    const r = load('routeros_station');
    expect(r.system).toEqual({
      sysName: null,
      sysDescr: 'RouterOS RBDynaDishG-5HacD',
      sysObjectId: '1.3.6.1.4.1.14988.1',
      uptimeSeconds: null, // no sysUpTime recorded
      vendor: 'MikroTik',
      platform: 'RouterOS',
      model: 'RBDynaDishG-5HacD', // from sysDescr "RouterOS <board>"
      firmware: null,
      serial: null,
    });
    expect(r.interfaces).toEqual([]);
    expect(r.wireless).toEqual([
      {
        ifIndex: 23, // mtxrWlStatIndex
        mode: 'station',
        ssid: 'pikjo88', // 14988.1.1.1.1.1.5.23 mtxrWlStatSsid
        frequencyMhz: 5745, // .1.1.7.23 mtxrWlStatFreq, MHz
        channelWidthMhz: 40, // .1.1.8.23 band "5745/20-Ce/an"
        signalDbm: -47, // .1.1.4.23 mtxrWlStatStrength, dBm
        noiseDbm: null, // the station table has no noise floor
        snrDb: null,
        ccqPercent: 100, // .1.1.9.23 mtxrWlStatTxCCQ, % (RxCCQ .10.23 is 80)
        txRateBps: 150000000, // .1.1.2.23 mtxrWlStatTxRate, bps
        rxRateBps: 90000000, // .1.1.3.23 mtxrWlStatRxRate, bps
        clients: null,
        distanceMeters: null,
        txPowerDbm: null,
      },
    ]);
    expect(r.clients).toEqual([]);
  });

  it('routeros_wifi: LHG 60G point-to-point link', () => {
    const r = load('routeros_wifi');
    expect(r.system).toMatchObject({
      vendor: 'MikroTik',
      platform: 'RouterOS',
      model: 'RBLHGG-60ad', // sysDescr "RouterOS RBLHGG-60ad"
      firmware: '6.44', // 14988.1.1.4.4.0 mtxrLicVersion
      serial: '90C709063CC4', // 14988.1.1.7.3.0
      uptimeSeconds: 1383431, // sysUpTime 138343100 ticks / 100
    });
    expect(r.interfaces.map((i) => i.name)).toEqual(['wlan60-1', 'ether1', 'bridge', 'wlan60-station-1']);
    expect(r.interfaces[2]).toEqual({
      ifIndex: 3,
      name: 'bridge',
      alias: 'defconf', // 1.3.6.1.2.1.31.1.1.1.18.3 ifAlias
      descr: 'bridge',
      type: 209, // bridge
      adminStatus: 'up',
      operStatus: 'up',
      speedBps: null, // ifHighSpeed .15.3 = 0 and no ifSpeed column
      inOctets: 378513640n, // .31.1.1.1.6.3
      outOctets: 275464846n, // .31.1.1.1.10.3
      counterBits: 64,
      inErrors: 0,
      outErrors: 0,
      inDiscards: 0,
      outDiscards: 0,
    });
    expect(r.interfaces[0]).toMatchObject({ operStatus: 'down', speedBps: 2310 * 1e6 }); // .2.2.1.8.1 = 2, .31.1.1.1.15.1
    expect(r.wireless).toEqual([
      {
        ifIndex: 1,
        mode: 'ptp', // 14988.1.1.1.8.1.2.1 mtxrWl60GMode = bridge(3): an AP for a single station
        ssid: 'MikroTik-802fc1', // .8.1.3.1
        frequencyMhz: 58320, // .8.1.6.1, MHz
        channelWidthMhz: null,
        signalDbm: -54, // .8.1.12.1 mtxrWl60GRssi, dBm
        noiseDbm: null,
        snrDb: null,
        ccqPercent: null,
        txRateBps: 2310 * 1e6, // .8.1.13.1 mtxrWl60GPhyRate, Mbit/s
        rxRateBps: null,
        clients: null,
        distanceMeters: 18545 / 100, // .9.1.10.4 mtxrWl60GStaDistance: centimetres (185.45 m)
        txPowerDbm: null,
      },
    ]);
    expect(r.clients).toEqual([
      {
        mac: 'b8:69:f4:7f:41:70', // .9.1.3.4 mtxrWl60GStaRemote = .8.1.5.1 mtxrWl60GRemote
        ifIndex: 4, // the wlan60-station-1 interface
        signalDbm: -54, // .9.1.9.4 mtxrWl60GStaRssi
        snrDb: null,
        txRateBps: 2310000000, // .9.1.8.4, Mbit/s
        rxRateBps: null,
        uptimeSeconds: null,
      },
    ]);
  });

  it('routeros_rb750gr3: wired hEX router with 64-bit counters', () => {
    const r = load('routeros_rb750gr3');
    expect(r.system).toEqual({
      sysName: null,
      sysDescr: 'RouterOS RB750Gr3',
      sysObjectId: '1.3.6.1.4.1.14988.1',
      uptimeSeconds: 4304, // sysUpTime 430400 ticks / 100
      vendor: 'MikroTik',
      platform: 'RouterOS',
      model: 'RB750Gr3', // 14988.1.1.7.9.0 mtxrBoardName
      firmware: '7.20beta2', // 14988.1.1.4.4.0 mtxrLicVersion
      serial: '6F3A071688EA', // 14988.1.1.7.3.0
    });
    expect(r.interfaces).toHaveLength(14);
    expect(r.interfaces[1]).toEqual({
      ifIndex: 2,
      name: 'wan: STCable (eth1)', // 1.3.6.1.2.1.31.1.1.1.1.2 ifName
      alias: null,
      descr: 'wan: STCable (eth1)',
      type: 6,
      adminStatus: 'up',
      operStatus: 'up',
      speedBps: 1000 * 1e6, // .31.1.1.1.15.2 ifHighSpeed, Mbit/s
      inOctets: 1493725213n, // .31.1.1.1.6.2 ifHCInOctets
      outOctets: 192615325n, // .31.1.1.1.10.2 ifHCOutOctets
      counterBits: 64,
      inErrors: 0,
      outErrors: 0,
      inDiscards: 0,
      outDiscards: 0,
    });
    expect(r.interfaces[7]).toMatchObject({ name: 'wg: Hub (NMS)', inErrors: 12, outErrors: 313 }); // .2.2.1.14.8, .20.8
    expect(r.interfaces[11]).toMatchObject({ name: 'Vlan2', alias: 'Guest', type: 135 }); // .31.1.1.1.18.12
    expect(r.wireless).toEqual([]);
    expect(r.clients).toEqual([]);
  });
});
