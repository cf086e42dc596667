// Generated housing problems for the housing benchmark (bench/housing.bench.ts). All the
// randomness is here, drawn from mulberry32 with fixed seeds, so that every figure can be
// reproduced. The problems are meant to look like a season's housing, not like uniform noise:
//   - companies sit around real Japanese cities (a Gaussian spread of a few kilometres around the
//     city centre), the cities drawn with rough weights for their size;
//   - every company has at least one intern; the others are spread over the companies with
//     skewed weights (a few companies take many interns), or evenly when the shape says so; the
//     interns come in a shuffled order (the order first-fit sees them in);
//   - genders: female, male, or not recorded, with the shape's shares;
//   - the partner's flats stand where the interns are: each flat's city is drawn with the weight of
//     the interns working there, then spread around its centre; capacities are drawn with the
//     shape's weights for 1, 2, 3 and 4 beds, and a share of the flats are same-gender only;
//   - nobody is in a flat yet and nothing is pinned.
import type { AllocationProblem, AllocationUnit, Gender, GeoPoint } from '../src/domain/housing/allocation.ts';
import { mulberry32, type Random } from './fair-generators.ts';

export { mulberry32, type Random };

export type City = { readonly name: string; readonly latitude: number; readonly longitude: number; readonly weight: number };

export type HousingShape = {
  readonly name: string;
  readonly interns: number;
  readonly companies: number;
  readonly units: number;
  /** Weights of a flat having 1, 2, 3 and 4 beds. */
  readonly capacityWeights: readonly [number, number, number, number];
  /** Share of the flats that are same-gender only. */
  readonly sameGenderShare: number;
  /** Shares of interns recorded female and male; the rest are not recorded. */
  readonly female: number;
  readonly male: number;
  /** The same number of interns at every company (else skewed, at least one each). */
  readonly evenInterns: boolean;
  readonly cities: readonly City[];
  /** Standard deviation, in km, of a company's and of a flat's position around its city. */
  readonly companySpreadKm: number;
  readonly unitSpreadKm: number;
};

const city = (name: string, latitude: number, longitude: number, weight = 1): City => ({ name, latitude, longitude, weight });

/** Hitachi city (Ibaraki), where the first program runs. */
export const HITACHI_CITY: readonly City[] = [city('Hitachi', 36.5991, 140.6515)];

/** Ibaraki prefecture: its larger cities, weighted roughly by size. */
export const IBARAKI: readonly City[] = [
  city('Mito', 36.3658, 140.4713, 3),
  city('Tsukuba', 36.0835, 140.0764, 3),
  city('Hitachi', 36.5991, 140.6515, 2),
  city('Hitachinaka', 36.3966, 140.5346, 2),
  city('Tsuchiura', 36.0785, 140.2045, 2),
  city('Koga', 36.1783, 139.7553, 1),
  city('Toride', 35.9112, 140.0502, 1),
  city('Kashima', 35.9659, 140.6447, 1),
  city('Ishioka', 36.1905, 140.287, 1),
  city('Chikusei', 36.307, 139.9833, 1),
];

/** Japan: regional industrial cities and the large ones, weighted roughly by their manufacturing. */
export const JAPAN: readonly City[] = [
  city('Sapporo', 43.0621, 141.3544, 2),
  city('Sendai', 38.2682, 140.8694, 2),
  city('Hitachi', 36.5991, 140.6515, 2),
  city('Mito', 36.3658, 140.4713, 1),
  city('Utsunomiya', 36.5551, 139.8828, 2),
  city('Maebashi', 36.3895, 139.0634, 1),
  city('Saitama', 35.8617, 139.6455, 2),
  city('Tokyo', 35.6812, 139.7671, 4),
  city('Yokohama', 35.4437, 139.638, 3),
  city('Chiba', 35.6074, 140.1065, 1),
  city('Niigata', 37.9162, 139.0364, 1),
  city('Nagaoka', 37.4462, 138.8512, 2),
  city('Toyama', 36.6953, 137.2113, 2),
  city('Kanazawa', 36.5613, 136.6562, 1),
  city('Shizuoka', 34.9756, 138.3828, 1),
  city('Hamamatsu', 34.7108, 137.7261, 2),
  city('Nagoya', 35.1815, 136.9066, 3),
  city('Toyota', 35.0826, 137.156, 3),
  city('Kyoto', 35.0116, 135.7681, 1),
  city('Osaka', 34.6937, 135.5023, 3),
  city('Kobe', 34.6901, 135.1955, 2),
  city('Okayama', 34.6551, 133.9195, 1),
  city('Hiroshima', 34.3853, 132.4553, 2),
  city('Takamatsu', 34.3428, 134.0466, 1),
  city('Kitakyushu', 33.8834, 130.8752, 2),
  city('Fukuoka', 33.5904, 130.4017, 2),
  city('Kumamoto', 32.8031, 130.7079, 1),
  city('Kagoshima', 31.5966, 130.5571, 1),
];

const MIXED = { capacityWeights: [0.5, 0.3, 0.1, 0.1] as const, sameGenderShare: 1 / 3, female: 0.45, male: 0.45, evenInterns: false };

/** (a) Hitachi: 8 interns of 4 companies, two each, 8 one-person flats around the city. */
export const HITACHI: HousingShape = { name: 'Hitachi', interns: 8, companies: 4, units: 8, ...MIXED, capacityWeights: [1, 0, 0, 0], evenInterns: true, cities: HITACHI_CITY, companySpreadKm: 2.5, unitSpreadKm: 2.5 };
/** (b) A prefecture: 60 interns of 20 companies, 40 flats of 1–4 beds (about 72 beds), a third same-gender. */
export const PREFECTURE: HousingShape = { name: 'prefecture', interns: 60, companies: 20, units: 40, ...MIXED, cities: IBARAKI, companySpreadKm: 4, unitSpreadKm: 3 };
/** (b) with fewer beds (about 58 for 60 interns, 70 % of the flats one-person): the same-gender rule then decides how many are placed. */
export const PREFECTURE_TIGHT: HousingShape = { ...PREFECTURE, name: 'prefecture, tight', capacityWeights: [0.7, 0.2, 0.05, 0.05] };
/** (c) National: 500 interns of 150 companies, 300 flats of 1–4 beds (about 540 beds). */
export const NATIONAL: HousingShape = { name: 'national', interns: 500, companies: 150, units: 300, ...MIXED, cities: JAPAN, companySpreadKm: 6, unitSpreadKm: 4 };
/** (d) The largest: 2,000 interns of 600 companies, 1,200 flats of 1–4 beds (about 2,160 beds). */
export const LARGEST: HousingShape = { name: 'largest', interns: 2000, companies: 600, units: 1200, ...MIXED, cities: JAPAN, companySpreadKm: 6, unitSpreadKm: 4 };

/** A standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
  const u = 1 - random(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** An index drawn with the given (non-negative, not all zero) weights. */
function pick(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** A point around a city: a Gaussian spread of `km` in each direction, to 5 decimals (about 1 m). */
function around(random: Random, c: City, km: number): GeoPoint {
  const latitude = c.latitude + (gaussian(random) * km) / 111.32;
  const longitude = c.longitude + (gaussian(random) * km) / (111.32 * Math.cos((c.latitude * Math.PI) / 180));
  return { latitude: Math.round(latitude * 1e5) / 1e5, longitude: Math.round(longitude * 1e5) / 1e5 };
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A housing problem of the given shape; the same seed gives the same problem. */
export function generateHousing(random: Random, shape: HousingShape): AllocationProblem {
  const cityWeights = shape.cities.map((c) => c.weight);
  const companyCity = Array.from({ length: shape.companies }, () => pick(random, cityWeights));
  const companies = companyCity.map((c, k) => ({ id: `company-${pad(k + 1, 4)}`, location: around(random, shape.cities[c]!, shape.companySpreadKm) }));

  // Interns per company: one each, then the rest evenly or with skewed weights (exponential sizes).
  const companyOfIntern: number[] = [];
  if (shape.evenInterns) for (let i = 0; i < shape.interns; i++) companyOfIntern.push(i % shape.companies);
  else {
    const size = companies.map(() => (-Math.log(1 - random())) ** 2);
    for (let i = 0; i < shape.interns; i++) companyOfIntern.push(i < shape.companies ? i : pick(random, size));
  }
  shuffle(random, companyOfIntern);
  const interns = companyOfIntern.map((k, i) => {
    const r = random();
    const gender: Gender | null = r < shape.female ? 'female' : r < shape.female + shape.male ? 'male' : null;
    return { id: `intern-${pad(i + 1, 5)}`, companyId: companies[k]!.id, gender };
  });

  // Flats where the interns work.
  const demand = shape.cities.map(() => 0);
  for (const k of companyOfIntern) demand[companyCity[k]!]!++;
  const units: AllocationUnit[] = Array.from({ length: shape.units }, (_, u) => ({
    id: `flat-${pad(u + 1, 5)}`,
    capacity: pick(random, shape.capacityWeights) + 1,
    sameGenderOnly: random() < shape.sameGenderShare,
    location: around(random, shape.cities[pick(random, demand)]!, shape.unitSpreadKm),
    occupants: [],
  }));
  return { units, interns, companies, pinned: [] };
}

/** Beds in all, and interns by gender, for the report. */
export function describeProblem(p: AllocationProblem) {
  const count = (g: Gender | null) => p.interns.filter((x) => x.gender === g).length;
  return {
    interns: p.interns.length,
    companies: p.companies.length,
    units: p.units.length,
    beds: p.units.reduce((a, u) => a + u.capacity, 0),
    sameGenderUnits: p.units.filter((u) => u.sameGenderOnly).length,
    sameGenderBeds: p.units.filter((u) => u.sameGenderOnly).reduce((a, u) => a + u.capacity, 0),
    unitsByCapacity: [1, 2, 3, 4].map((c) => p.units.filter((u) => u.capacity === c).length),
    genders: { female: count('female'), male: count('male'), unrecorded: count(null) },
  };
}
