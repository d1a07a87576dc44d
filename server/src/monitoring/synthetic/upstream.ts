/** The upstream verdict of one synthetic round. */
export interface UpstreamVerdict {
  /** Enabled external targets checked. */
  external: number;
  failing: number;
  /** How many must fail for an outage. */
  quorum: number;
  /** External targets failing by the quorum while the network inside answers. */
  outage: boolean;
}

/**
 * "Is it our transit?": the external targets fail (all of them, or `quorum` of them) while most
 * devices with a known status answer. When the devices are silent too, the problem is nearer
 * (this server's own link), and the device alerts say so; with no devices, only the targets count.
 */
export function upstreamVerdict(externalOk: boolean[], quorum: 'all' | number, devices: { answering: number; known: number }): UpstreamVerdict {
  const external = externalOk.length;
  const failing = externalOk.filter((ok) => !ok).length;
  const need = quorum === 'all' ? external : Math.min(quorum, external);
  const insideAnswers = devices.known === 0 || devices.answering * 2 > devices.known;
  return { external, failing, quorum: need, outage: external > 0 && failing >= need && insideAnswers };
}
