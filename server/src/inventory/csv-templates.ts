import { toCsv } from './csv.js';
import { towersToCsv } from './tower-csv.js';

/**
 * Example files for the import page: the header and two rows of a small WISP. The two files go
 * together: the towers name their uplinks by host, and the equipment file creates those hosts.
 */
export const towersTemplate = () =>
  towersToCsv([
    {
      name: 'Torre Serra Azul',
      code: 'SAZ',
      latitude: -22.9068,
      longitude: -47.0616,
      uplink: '10.10.0.1',
      address: 'Estrada do Morro Azul, km 4, Campinas, SP',
      notes: 'Chave com o caseiro; energia da CPFL com nobreak de 2 h',
    },
    {
      name: 'Torre Vale Verde',
      code: 'VVD',
      latitude: -22.819,
      longitude: -47.1072,
      uplink: '10.10.1.2',
      address: 'Rua das Palmeiras, 120, Paulínia, SP',
      notes: 'Enlace de 5 GHz até a Serra Azul',
    },
  ]);

export const devicesTemplate = () =>
  toCsv([
    {
      name: 'RB Core Serra Azul',
      host: '10.10.0.1',
      type: 'router',
      vendor: 'MikroTik',
      model: 'CCR2004-1G-12S+2XS',
      tower: 'SAZ',
      parent: '',
      enabled: 'true',
      tags: 'core;pppoe',
      notes: 'Concentrador PPPoE e saída para a operadora',
      snmp_version: '2c',
      snmp_community: 'torre-leitura',
      snmp_port: '161',
    },
    {
      name: 'PtP Vale Verde',
      host: '10.10.1.2',
      type: 'ptp',
      vendor: 'Ubiquiti',
      model: 'airFiber 5XHD',
      tower: 'VVD',
      parent: '10.10.0.1',
      enabled: 'true',
      tags: 'backhaul;5ghz',
      notes: 'Lado Vale Verde do enlace com a Serra Azul',
      snmp_version: '2c',
      snmp_community: 'torre-leitura',
      snmp_port: '161',
    },
  ]);
