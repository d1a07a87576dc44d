import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import dnsPacket, { type Answer } from 'dns-packet';

type Zone = Record<string, Answer[]>;

/**
 * A DNS server on 127.0.0.1 (random UDP port) answering from a zone the test gives, as a real
 * resolver would over the wire. `mode` makes it misbehave: 'silent' drops queries (a timeout),
 * 'servfail' answers SERVFAIL. Names not in the zone get NXDOMAIN.
 */
export async function startDnsServer(zone: Zone) {
  const socket = dgram.createSocket('udp4');
  let mode: 'answer' | 'silent' | 'servfail' = 'answer';
  let queries = 0;
  socket.on('message', (msg, rinfo) => {
    queries++;
    if (mode === 'silent') return;
    let query;
    try {
      query = dnsPacket.decode(msg);
    } catch {
      return;
    }
    const q = query.questions?.[0];
    const answers = q ? (zone[q.name.toLowerCase()] ?? []).filter((a) => a.type === q.type) : [];
    const known = q !== undefined && zone[q.name.toLowerCase()] !== undefined;
    const rcode = mode === 'servfail' ? 'SERVFAIL' : known ? 'NOERROR' : 'NXDOMAIN';
    const reply = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | (rcode === 'SERVFAIL' ? 2 : rcode === 'NXDOMAIN' ? 3 : 0),
      questions: query.questions,
      answers: mode === 'answer' ? answers : [],
    });
    socket.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port: (socket.address() as AddressInfo).port,
    setMode: (m: typeof mode) => {
      mode = m;
    },
    queries: () => queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
