// Straight-line (great-circle) distance between two points on the Earth, by the haversine
// formula on a sphere of the mean Earth radius. Housing only compares flats a few kilometres
// apart, where the sphere is within 0.5 % of the ellipsoid and the ordering of flats by distance
// is what matters, not the last metre. O(1).

/** IUGG mean Earth radius (metres). */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two points given in decimal degrees (WGS 84). */
export function haversineMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  // min() guards against h creeping above 1 by rounding for antipodal points.
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a point is a usable coordinate: finite, latitude within ±90, longitude within ±180. */
export function isGeoPoint(p: unknown): p is { latitude: number; longitude: number } {
  if (typeof p !== 'object' || p === null) return false;
  const { latitude, longitude } = p as { latitude: unknown; longitude: unknown };
  return typeof latitude === 'number' && typeof longitude === 'number' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
}
