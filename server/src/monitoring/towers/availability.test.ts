import { describe, expect, it } from 'vitest';
import { towerAvailability } from './availability.js';

const H = 3600_000;

describe('towerAvailability', () => {
  it('counts the time before the first event as unknown, and is null with nothing known', () => {
    expect(towerAvailability(null, [], 0, 2 * H)).toEqual({ upSeconds: 0, degradedSeconds: 0, downSeconds: 0, maintenanceSeconds: 0, unknownSeconds: 7200, upPercent: null });
    expect(towerAvailability(null, [{ at: H, to: 'up' }], 0, 2 * H)).toMatchObject({ unknownSeconds: 3600, upSeconds: 3600, upPercent: 100 });
  });

  it('takes the status in force at the start and each change after it', () => {
    const a = towerAvailability('up', [{ at: H, to: 'down' }, { at: 1.5 * H, to: 'degraded' }, { at: 2 * H, to: 'up' }], 0, 4 * H);
    expect(a).toEqual({ upSeconds: 3 * 3600, degradedSeconds: 1800, downSeconds: 1800, maintenanceSeconds: 0, unknownSeconds: 0, upPercent: 87.5 });
  });

  it('leaves maintenance and unknown time out of the percentage', () => {
    const a = towerAvailability('maintenance', [{ at: H, to: 'up' }, { at: 2 * H, to: 'down' }, { at: 3 * H, to: 'unknown' }], 0, 4 * H);
    expect(a).toMatchObject({ maintenanceSeconds: 3600, upSeconds: 3600, downSeconds: 3600, unknownSeconds: 3600, upPercent: 50 });
  });
});
