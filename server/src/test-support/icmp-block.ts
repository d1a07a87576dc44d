import { execFileSync } from 'node:child_process';

/**
 * Makes loopback hosts stop answering ping (iptables DROP on outgoing ICMP), for outage tests.
 * `restore` removes every rule this blocker added; call it after each test.
 */
export function createIcmpBlocker() {
  const rules: string[][] = [];
  return {
    drop(...hosts: string[]) {
      for (const host of hosts) {
        const rule = ['OUTPUT', '-d', host, '-p', 'icmp', '-j', 'DROP'];
        execFileSync('iptables', ['-I', ...rule]);
        rules.push(rule);
      }
    },
    restore() {
      for (const r of rules.splice(0)) execFileSync('iptables', ['-D', ...r]);
    },
  };
}
