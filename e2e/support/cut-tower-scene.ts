/**
 * A small WISP for the browser tests of an outage: Morro do Cruzeiro (the core), Centro and
 * Vila Rica fed from it by PtP radios, four APs and 25 stations. Hosts are the last byte of a
 * test's own /24: Centro's devices sit in .64/26, so one DROP rule on that block cuts its uplink
 * and silences everything behind it, as a real cut does; CPE VRC 01 (.20) can go down alone.
 */
export interface SceneDevice {
  name: string;
  type: 'router' | 'switch' | 'ap' | 'ptp' | 'station';
  tower: 'CRZ' | 'CEN' | 'VRC';
  host: number;
  parent?: string;
}

export function cutTowerScene(): SceneDevice[] {
  const d: SceneDevice[] = [
    { name: 'R-CRZ', type: 'router', tower: 'CRZ', host: 1 },
    { name: 'SW-CRZ', type: 'switch', tower: 'CRZ', host: 2, parent: 'R-CRZ' },
    { name: 'AP-CRZ-Norte', type: 'ap', tower: 'CRZ', host: 3, parent: 'SW-CRZ' },
    { name: 'PTP-CRZ-VRC', type: 'ptp', tower: 'VRC', host: 4, parent: 'SW-CRZ' },
    { name: 'AP-VRC', type: 'ap', tower: 'VRC', host: 5 },
    { name: 'PTP-CRZ-CEN', type: 'ptp', tower: 'CEN', host: 64, parent: 'SW-CRZ' },
    { name: 'AP-CEN-Sul', type: 'ap', tower: 'CEN', host: 65 },
    { name: 'AP-CEN-Leste', type: 'ap', tower: 'CEN', host: 66 },
  ];
  const cpes = (ap: string, tower: SceneDevice['tower'], first: number, n: number) => {
    for (let i = 0; i < n; i++) d.push({ name: `CPE ${ap.slice(3)} ${String(i + 1).padStart(2, '0')}`, type: 'station', tower, host: first + i, parent: ap });
  };
  cpes('AP-CRZ-Norte', 'CRZ', 10, 6);
  cpes('AP-VRC', 'VRC', 20, 6);
  cpes('AP-CEN-Sul', 'CEN', 70, 7);
  cpes('AP-CEN-Leste', 'CEN', 80, 6);
  return d;
}
