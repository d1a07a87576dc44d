import type { MessageShape } from './pt-br';

/** The dashboard's incident view: "Now", the affected list and the grouped changes; part of `en.ts`. */
export const incidentsEn: MessageShape['incidents'] = {
  now: {
    title: 'Now',
    empty: 'Nothing is down right now.',
    cause: 'Cause',
    affects: 'Affects',
    since: 'Since',
    acknowledged: 'Acknowledged',
    ackBy: 'by {{name}}',
    maintenance: 'in maintenance',
    notAcknowledged: 'not acknowledged',
    internet: 'Internet down',
    internetDetail: '{{failing}} of {{external}} external targets not answering',
    internetDevices_one: 'with {{count}} device out with it',
    internetDevices_other: 'with {{count}} devices out with it',
    tower: 'Tower {{name}} down',
    uplinkDown: 'uplink',
    allInfraDown: 'all infrastructure out:',
    deviceDown: 'down',
    more: '+{{count}}',
  },
  counts: {
    towers_one: '{{count}} tower',
    towers_other: '{{count}} towers',
    infrastructure_one: '{{count}} infra',
    infrastructure_other: '{{count}} infra',
    customers_one: '{{count}} customer',
    customers_other: '{{count}} customers',
    open: 'Show the {{count}} affected devices',
  },
  affected: {
    title: 'Affected by {{what}}',
    cause: 'cause',
    ended: 'This incident is over.',
    empty: 'No devices.',
    noTower: 'no tower',
  },
  changes: {
    title: 'Recent changes',
    empty: 'No status changes yet.',
    outDependents_one: '{{count}} unreachable',
    outDependents_other: '{{count}} unreachable',
    backDependents_one: '{{count}} back with it',
    backDependents_other: '{{count}} back with it',
    hide: 'Hide',
  },
  towers: {
    title: 'Towers',
    none: 'No towers yet.',
  },
};
