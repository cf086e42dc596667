// The ordered checklist of one hire's residence paperwork, from the case facts. A date the law
// sets counts from a fact (deadlines.ts) and stays null until that fact is known, rather than
// being guessed. The steps up to landing carry planning targets counted back from the job's
// start (rules.planning): targets that keep the case on time, not legal deadlines, except that
// once the COE is issued its validity bounds the visa and the landing, and that bound is law.
import { addressRegistrationDueOn, affiliationNotificationDueOn, before, coeValidUntil, employerAffiliationNotificationDueOn, helloWorkDueOn, renewalWindowOpensOn } from './deadlines.ts';
import { RESIDENCE_STEP_KINDS, type DueKind, type ResidenceCaseFacts, type ResidenceDocument, type ResidenceParty, type ResidenceStepKind } from './residence.ts';
import { RESIDENCE_RULES, rulesOn, type PlannedStepKind, type ResidenceRuleTable, type RuleBasis } from './rules.ts';

type StepTemplate = { owner: ResidenceParty; documents: readonly ResidenceDocument[]; basis: RuleBasis; dependsOn: readonly ResidenceStepKind[] };

const COE_DOCUMENTS: readonly ResidenceDocument[] = ['coeApplicationForm', 'photo', 'passportCopy', 'diploma', 'transcript', 'resume', 'employmentContract', 'jobDescription', 'companyRegistration', 'financialStatements', 'withholdingTaxSummary'];

/** Who does each step, with what, under which provision, after which steps. */
export const RESIDENCE_STEPS: Readonly<Record<ResidenceStepKind, StepTemplate>> = {
  // A foreign KOSEN diploma's equivalence to a Japanese degree is judged case by case: checked first.
  eligibilityCheck: { owner: 'operator', documents: ['diploma', 'transcript', 'resume', 'jobDescription'], basis: 'immigrationControlAct.art7-1-2', dependsOn: [] },
  coeApplication: { owner: 'employer', documents: COE_DOCUMENTS, basis: 'immigrationControlAct.art7-2', dependsOn: ['eligibilityCheck'] },
  // Issued by the bureau; the employer receives it (paper or e-mail) and sends it to the hire.
  coeIssued: { owner: 'employer', documents: ['coe'], basis: 'immigrationControlAct.art7-2', dependsOn: ['coeApplication'] },
  visaApplication: { owner: 'employee', documents: ['passport', 'visaApplicationForm', 'photo', 'coe'], basis: 'immigrationControlAct.art6-1', dependsOn: ['coeIssued'] },
  visaIssued: { owner: 'employee', documents: ['passport'], basis: 'immigrationControlAct.art6-1', dependsOn: ['visaApplication'] },
  arrival: { owner: 'employee', documents: ['passport', 'coe'], basis: 'immigrationControlAct.art9', dependsOn: ['visaIssued'] },
  residenceCard: { owner: 'employee', documents: ['passport'], basis: 'immigrationControlAct.art19-6', dependsOn: ['arrival'] },
  addressRegistration: { owner: 'employee', documents: ['residenceCard', 'passport'], basis: 'immigrationControlAct.art19-7', dependsOn: ['residenceCard'] },
  // The report carries the card's number, so it waits for the card.
  helloWorkReport: { owner: 'employer', documents: ['residenceCard'], basis: 'employmentMeasuresAct.art28', dependsOn: ['residenceCard'] },
  affiliationNotification: { owner: 'employee', documents: ['affiliationNotificationForm', 'residenceCard'], basis: 'immigrationControlAct.art19-16', dependsOn: ['residenceCard'] },
  employerAffiliationNotification: { owner: 'employer', documents: ['acceptanceNotificationForm'], basis: 'immigrationControlAct.art19-17', dependsOn: [] },
  renewal: {
    owner: 'employee',
    documents: ['renewalApplicationForm', 'photo', 'passport', 'residenceCard', 'employmentCertificate', 'residentTaxCertificate'],
    basis: 'immigrationControlAct.art21',
    dependsOn: ['residenceCard'],
  },
};

export type ResidenceStep = {
  kind: ResidenceStepKind;
  owner: ResidenceParty;
  documents: readonly ResidenceDocument[];
  /** Last day for the step; null while the fact it counts from is unknown. */
  dueOn: string | null;
  dueKind: DueKind;
  /** Where the due date comes from ('kakehashi.planning' for a target). */
  dueBasis: RuleBasis;
  /** First day the step can be done, when the law sets one (the renewal window). */
  opensOn: string | null;
  basis: RuleBasis;
  dependsOn: readonly ResidenceStepKind[];
};

type Due = Pick<ResidenceStep, 'dueOn' | 'dueKind' | 'dueBasis' | 'opensOn'>;
const legal = (dueOn: string | null, dueBasis: RuleBasis, opensOn: string | null = null): Due => ({ dueOn, dueKind: 'legal', dueBasis, opensOn });

const BOUND_BY_COE: ReadonlySet<ResidenceStepKind> = new Set(['visaApplication', 'visaIssued', 'arrival']);

function plannedDue(kind: PlannedStepKind, facts: ResidenceCaseFacts, table: ResidenceRuleTable): Due {
  const planning = rulesOn(facts.jobStartsOn, table).planning;
  const target = before(facts.jobStartsOn, planning.leadTimes[kind]);
  if (facts.coeIssuedOn !== null && BOUND_BY_COE.has(kind)) {
    const limit = coeValidUntil(facts.coeIssuedOn, table);
    if (limit < target) return legal(limit, rulesOn(facts.coeIssuedOn, table).coeValidity.basis);
  }
  return { dueOn: target, dueKind: 'planning', dueBasis: planning.basis, opensOn: null };
}

/** A step's due date, or null when the step does not apply to these facts. */
function dueOf(kind: ResidenceStepKind, facts: ResidenceCaseFacts, table: ResidenceRuleTable): Due | null {
  const { arrivedOn, employmentStartedOn: started, affiliationChangedOn: changed, residenceCardExpiresOn: expires } = facts;
  switch (kind) {
    case 'eligibilityCheck':
    case 'coeApplication':
    case 'coeIssued':
    case 'visaApplication':
    case 'visaIssued':
    case 'arrival':
      return plannedDue(kind, facts, table);
    case 'residenceCard': // handed over on landing
      return arrivedOn === null ? plannedDue('arrival', facts, table) : legal(arrivedOn, 'immigrationControlAct.art19-6');
    case 'addressRegistration':
      return legal(arrivedOn && addressRegistrationDueOn(arrivedOn, table), rulesOn(arrivedOn ?? facts.jobStartsOn, table).addressRegistration.basis);
    case 'helloWorkReport': {
      const rule = rulesOn(started ?? facts.jobStartsOn, table).helloWorkReport;
      return legal(started && helloWorkDueOn(started, facts.employmentInsured, table), (facts.employmentInsured ? rule.insured : rule.uninsured).basis);
    }
    case 'affiliationNotification':
      return changed === null ? null : legal(affiliationNotificationDueOn(changed, table), rulesOn(changed, table).affiliationNotification.basis);
    case 'employerAffiliationNotification': {
      const rule = changed === null ? null : rulesOn(changed, table).employerAffiliationNotification;
      if (changed === null || rule === null || rule.exemptIfHelloWorkReporter) return null;
      return { dueOn: employerAffiliationNotificationDueOn(changed, table), dueKind: rule.effortOnly ? 'effort' : 'legal', dueBasis: rule.basis, opensOn: null };
    }
    case 'renewal':
      return expires === null ? null : legal(expires, 'immigrationControlAct.art21', renewalWindowOpensOn(expires, table));
  }
}

function documentsOf(kind: ResidenceStepKind, facts: ResidenceCaseFacts): readonly ResidenceDocument[] {
  const { documents } = RESIDENCE_STEPS[kind];
  if (kind !== 'helloWorkReport') return documents;
  // Insured hires are reported on the insurance acquisition form; others on the report form.
  return [facts.employmentInsured ? 'employmentInsuranceAcquisitionForm' : 'foreignEmploymentReportForm', ...documents];
}

/** The steps that apply to the case, in the order they happen, each with its due date. */
export function residenceChecklist(facts: ResidenceCaseFacts, table: ResidenceRuleTable = RESIDENCE_RULES): ResidenceStep[] {
  return RESIDENCE_STEP_KINDS.flatMap((kind) => {
    const due = dueOf(kind, facts, table);
    if (due === null) return [];
    const { owner, basis, dependsOn } = RESIDENCE_STEPS[kind];
    return [{ kind, owner, documents: documentsOf(kind, facts), ...due, basis, dependsOn }];
  });
}
