import { describe, expect, it } from 'vitest';
import { isPlaced } from './placement';

describe('isPlaced', () => {
  it('draws real coordinates, including ones on the equator or the meridian', () => {
    expect(isPlaced({ latitude: -21.7642, longitude: -43.3496 })).toBe(true);
    expect(isPlaced({ latitude: 0, longitude: -50.1 })).toBe(true);
    expect(isPlaced({ latitude: -3, longitude: 0 })).toBe(true);
  });

  it('lists 0,0 beside the map', () => {
    expect(isPlaced({ latitude: 0, longitude: 0 })).toBe(false);
  });
});
