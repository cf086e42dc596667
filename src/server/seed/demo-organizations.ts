// The organizations of the two source documents (shared/seeds). Host companies are not named
// in the sources, so the demo gives them neutral placeholder names marked as demo data.
import type { OrganizationInput } from '../../contracts/organizations.ts';

/** `publishesAggregates`: both demo operators let the other compare with their yearly counts (issue 9's opt-in). */
export type DemoOrganization = OrganizationInput & { key: string; publishesAggregates?: boolean };

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  { key: 'hitachi-center', kind: 'support_center', country: 'JP', city: '日立市', website: null, name: { ja: '公益財団法人日立地区産業支援センター', en: 'Hitachi Area Industry Support Center', mn: 'Хитачи бүсийн аж үйлдвэрийг дэмжих төв' }, publishesAggregates: true },
  { key: 'nagaoka-city', kind: 'municipality', country: 'JP', city: '長岡市', website: null, name: { ja: '長岡市', en: 'Nagaoka City', mn: 'Нагаока хот' }, publishesAggregates: true },
  { key: 'naze', kind: 'industry_association', country: 'JP', city: '長岡市', website: null, name: { ja: '長岡産業活性化協会 NAZE', en: 'Nagaoka Industrial Activation Association (NAZE)', mn: 'Нагаокагийн аж үйлдвэрийг идэвхжүүлэх холбоо (NAZE)' } },
  { key: 'leopalace21', kind: 'housing_company', country: 'JP', city: null, website: null, name: { ja: '株式会社レオパレス２１', en: 'Leopalace21 Corporation', mn: 'Леопалас21 компани' } },
  { key: 'new-mongol-kosen', kind: 'college', country: 'MN', city: 'Ulaanbaatar', website: null, name: { ja: '新モンゴル高専', en: 'New Mongol KOSEN', mn: 'Шинэ Монгол Технологийн Коллеж' } },
  { key: 'must-kosen', kind: 'college', country: 'MN', city: 'Ulaanbaatar', website: null, name: { ja: '科学技術大学付属高専', en: 'KOSEN of the Mongolian University of Science and Technology', mn: 'ШУТИС-ийн харьяа Технологийн Коллеж' } },
  { key: 'mongolian-kosen', kind: 'college', country: 'MN', city: 'Ulaanbaatar', website: null, name: { ja: 'モンゴル工科高専', en: 'Mongolian KOSEN of Technology', mn: 'Монгол Коосэн Технологийн Коллеж' } },
  { key: 'college-federation', kind: 'ngo', country: 'MN', city: 'Ulaanbaatar', website: null, name: { ja: 'NGO法人モンゴル技術カレッジ連盟', en: 'Federation of Mongolian Technical Colleges (NGO)', mn: 'Монголын Технологийн Коллежуудын Холбоо ТББ' } },
  { key: 'mojc', kind: 'training_center', country: 'MN', city: 'Ulaanbaatar', website: null, name: { ja: 'モンゴル日本人材開発センター（MOJC）', en: 'Mongolia-Japan Center for Human Resources Development (MOJC)', mn: 'Монгол-Японы Хүний Нөөцийг Хөгжүүлэх Төв' } },
  { key: 'aots', kind: 'training_center', country: 'JP', city: null, website: null, name: { ja: '一般財団法人海外産業人材育成協会（AOTS）', en: 'AOTS (Association for Overseas Technical Cooperation and Sustainable Partnerships)', mn: 'AOTS (Гадаад дахь аж үйлдвэрийн хүний нөөцийг хөгжүүлэх холбоо)' } },
  { key: 'nagaoka-kosen', kind: 'college', country: 'JP', city: '長岡市', website: null, name: { ja: '長岡工業高等専門学校', en: 'National Institute of Technology, Nagaoka College', mn: 'Нагаокагийн Технологийн Коллеж' } },
  { key: 'kddi', kind: 'telecom_company', country: 'JP', city: null, website: null, name: { ja: 'KDDI株式会社', en: 'KDDI Corporation', mn: 'KDDI корпораци' } },
  { key: 'mobicom', kind: 'telecom_company', country: 'MN', city: 'Ulaanbaatar', website: null, name: { ja: 'Mobicom Corporation LLC', en: 'Mobicom Corporation LLC', mn: 'Мобиком Корпораци ХХК' } },
  { key: 'jica', kind: 'funding_agency', country: 'JP', city: null, website: null, name: { ja: '独立行政法人国際協力機構（JICA）', en: 'Japan International Cooperation Agency (JICA)', mn: 'Японы Олон Улсын Хамтын Ажиллагааны Агентлаг (ЖАЙКА)' } },
  { key: 'ibaraki', kind: 'government', country: 'JP', city: '水戸市', website: null, name: { ja: '茨城県', en: 'Ibaraki Prefecture', mn: 'Ибараки муж' } },
  ...placeholderCompanies('hitachi-company', 4, '日立市', { ja: '日立地区 受入企業', en: 'Hitachi host company', mn: 'Хитачи хүлээн авагч компани' }),
  ...placeholderCompanies('nagaoka-company', 8, '長岡市', { ja: '長岡市 受入企業', en: 'Nagaoka host company', mn: 'Нагаока хүлээн авагч компани' }),
];

function placeholderCompanies(prefix: string, n: number, city: string, name: { ja: string; en: string; mn: string }): DemoOrganization[] {
  const letters = 'ABCDEFGH';
  return Array.from({ length: n }, (_, i) => ({
    key: `${prefix}-${i + 1}`,
    kind: 'company' as const,
    country: 'JP',
    city,
    website: null,
    name: { ja: `${name.ja}${letters[i]}（デモ）`, en: `${name.en} ${letters[i]} (demo)`, mn: `${name.mn} ${letters[i]} (демо)` },
  }));
}
