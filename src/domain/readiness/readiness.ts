// Company readiness (issue 8 item 7, Nagaoka's second activity): a host company prepares to take
// an intern and later employ foreign staff — the arrangements on a checklist and short training
// modules — and the operator follows every company's progress. Codes only; the UI translates.

/** The arrangements a company makes before the intern comes, in the order they are usually done. */
export const READINESS_ITEMS = [
  'mentorNamed',
  'plainJapaneseInstructions',
  'workRulesTranslated',
  'safetyBriefing',
  'prayerAndDietAsked',
  'housingArranged',
  'emergencyContacts',
  'residenceSupportOwner',
] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];

/** The training modules for the company's staff. */
export const TRAINING_MODULES = ['foreignStaffBasics', 'residenceAndVisa', 'plainJapanese', 'cultureAndReligion', 'harassmentPrevention'] as const;
export type TrainingModule = (typeof TRAINING_MODULES)[number];

export type ReadinessRecord = {
  items: Partial<Record<ReadinessItem, { doneOn: string; note: string }>>;
  modules: Partial<Record<TrainingModule, { completedOn: string }>>;
};

export type ReadinessProgress = { itemsDone: number; itemsTotal: number; modulesDone: number; modulesTotal: number; share: number };

/** Items and modules count alike: the share of everything done. */
export function readinessProgress(record: ReadinessRecord): ReadinessProgress {
  const itemsDone = READINESS_ITEMS.filter((k) => record.items[k]).length;
  const modulesDone = TRAINING_MODULES.filter((k) => record.modules[k]).length;
  const total = READINESS_ITEMS.length + TRAINING_MODULES.length;
  return { itemsDone, itemsTotal: READINESS_ITEMS.length, modulesDone, modulesTotal: TRAINING_MODULES.length, share: (itemsDone + modulesDone) / total };
}
