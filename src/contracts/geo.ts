// A point on the map (WGS 84), for flats and workplaces: housing prefers flats near the company.
import { z } from 'zod';

export const geoPoint = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).strict().meta({ id: 'GeoPoint' });
export type GeoPointInput = z.infer<typeof geoPoint>;
