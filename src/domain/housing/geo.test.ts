import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_METRES, haversineMetres, isGeoPoint } from './geo.ts';

const point = fc.record({ latitude: fc.double({ min: -90, max: 90, noNaN: true }), longitude: fc.double({ min: -180, max: 180, noNaN: true }) });

describe('haversine distance', () => {
  it('gives known distances', () => {
    // One degree of latitude along a meridian: 2πR / 360.
    expect(haversineMetres({ latitude: 36, longitude: 140 }, { latitude: 37, longitude: 140 })).toBeCloseTo((2 * Math.PI * EARTH_RADIUS_METRES) / 360, 3);
    // Tokyo Station to Hitachi Station: 101.1 km north and 80.3 km east, about 129 km as the crow flies.
    const tokyo = { latitude: 35.6812, longitude: 139.7671 };
    const hitachi = { latitude: 36.5908, longitude: 140.6605 };
    expect(haversineMetres(tokyo, hitachi)).toBeGreaterThan(128_800);
    expect(haversineMetres(tokyo, hitachi)).toBeLessThan(129_400);
    // Antipodes: half the circumference.
    expect(haversineMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_METRES, 3);
  });

  it('is a metric: zero on the same point, symmetric, within half the circumference, triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(haversineMetres(a, a)).toBe(0);
        expect(haversineMetres(a, b)).toBeCloseTo(haversineMetres(b, a), 6);
        expect(haversineMetres(a, b)).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_METRES + 1e-6);
        // Haversine loses precision near antipodal points (a few millimetres, up to about 0.1 m):
        // irrelevant for flats in one town, so the triangle inequality gets a metre of slack.
        expect(haversineMetres(a, c)).toBeLessThanOrEqual(haversineMetres(a, b) + haversineMetres(b, c) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only finite coordinates in range', () => {
    expect(isGeoPoint({ latitude: 36.59, longitude: 140.65 })).toBe(true);
    expect(isGeoPoint({ latitude: 91, longitude: 0 })).toBe(false);
    expect(isGeoPoint({ latitude: 0, longitude: -180.5 })).toBe(false);
    expect(isGeoPoint({ latitude: Number.NaN, longitude: 0 })).toBe(false);
    expect(isGeoPoint({ latitude: '36', longitude: 140 })).toBe(false);
    expect(isGeoPoint(null)).toBe(false);
  });
});
