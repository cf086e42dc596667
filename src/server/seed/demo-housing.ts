// The housing of the Hitachi demo (the press notice of 10 July 2025): Leopalace21 lends 8
// managed flats in Hitachi city for the internship (19–30 August 2025) under the agreement
// signed on 17 July 2025 for one year, renewed automatically. The flats' names, addresses and
// positions are demo placeholders around Hitachi station, as are the host companies' sites.
import type { UnitInput } from '../../contracts/housing.ts';

export type DemoUnit = UnitInput & { key: string };

const FLAT_SPOTS: [string, string, number, number][] = [
  ['幸町', '317-0073', 36.5905, 140.6585],
  ['弁天町', '317-0072', 36.5942, 140.6551],
  ['若葉町', '317-0063', 36.5968, 140.6503],
  ['鹿島町', '317-0075', 36.5872, 140.6527],
  ['東成沢町', '316-0012', 36.5640, 140.6462],
  ['大みか町', '319-1293', 36.5143, 140.6126],
  ['久慈町', '319-1222', 36.5038, 140.6079],
  ['助川町', '317-0061', 36.6003, 140.6544],
];

export const DEMO_FLATS: DemoUnit[] = FLAT_SPOTS.map(([town, postalCode, latitude, longitude], i) => ({
  key: `leopalace21-flat-${i + 1}`,
  name: `レオパレス日立${town}（デモ） ${100 + i + 1}`,
  address: `茨城県日立市${town}1-${i + 1}-${i + 2}（デモ）`,
  postalCode,
  location: { latitude, longitude },
  layout: '1K',
  capacity: 1,
  facilities: ['furniture', 'bedding', 'wifi', 'kitchen', 'washing_machine', 'air_conditioner'],
  sameGenderOnly: false,
  rules: {
    ja: 'ゴミは日立市の分別に従って、決められた日の朝8時までに出してください。22時以降は静かにしてください。室内は禁煙です。',
    mn: 'Хогийг Хитачи хотын ангиллын дагуу тогтоосон өдрийн өглөөний 8 цагаас өмнө гаргана уу. 22 цагаас хойш чимээгүй байна уу. Өрөөнд тамхи татахыг хориглоно.',
    en: 'Sort rubbish as Hitachi city asks and put it out by 8 am on its day. Keep quiet after 10 pm. No smoking indoors.',
  },
  lendingPeriods: [{ from: '2025-08-01', to: '2025-09-15' }],
}));

export const DEMO_AGREEMENT = {
  key: 'hitachi-leopalace21-agreement',
  operator: 'hitachi-center',
  partner: 'leopalace21',
  title: { ja: 'モンゴル高専生インターンシップの住居に関する連携協定', en: 'Agreement on housing for the Mongolian KOSEN internships', mn: 'Монгол КОСЭН-ий дадлагын орон сууцны хамтын ажиллагааны гэрээ' },
  startsOn: '2025-07-17',
  termMonths: 12,
  autoRenew: true,
  reminderDays: 30,
} as const;

/** Demo sites of the Hitachi host companies A–D, for choosing flats near them. */
export const DEMO_COMPANY_SITES: Record<string, { latitude: number; longitude: number }> = {
  'hitachi-company-1': { latitude: 36.5952, longitude: 140.6613 },
  'hitachi-company-2': { latitude: 36.5621, longitude: 140.6431 },
  'hitachi-company-3': { latitude: 36.5119, longitude: 140.6187 },
  'hitachi-company-4': { latitude: 36.6041, longitude: 140.6499 },
};
