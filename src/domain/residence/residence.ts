// Residence paperwork of a foreign hire (Engineer/Specialist in Humanities/International
// Services, 技術・人文知識・国際業務): the vocabulary shared by the checklist, the statuses, the
// reminders and the intern's visa pack. Codes only; the UI translates them.

export const RESIDENCE_STATUS = 'engineerHumanitiesInternational';

export const RESIDENCE_STEP_KINDS = [
  'eligibilityCheck',
  'coeApplication',
  'coeIssued',
  'visaApplication',
  'visaIssued',
  'arrival',
  'residenceCard',
  'addressRegistration',
  'helloWorkReport',
  'affiliationNotification',
  'employerAffiliationNotification',
  'renewal',
] as const;
export type ResidenceStepKind = (typeof RESIDENCE_STEP_KINDS)[number];

/** Who acts: the hiring company (or its agent), the hire, or the program's operator. */
export const RESIDENCE_PARTIES = ['employer', 'employee', 'operator'] as const;
export type ResidenceParty = (typeof RESIDENCE_PARTIES)[number];

export const RESIDENCE_DOCUMENTS = [
  'passport',
  'passportCopy',
  'photo',
  'diploma',
  'transcript',
  'resume',
  'jobDescription',
  'employmentContract',
  'companyRegistration',
  'financialStatements',
  'withholdingTaxSummary',
  'coeApplicationForm',
  'coe',
  'visaApplicationForm',
  'residenceCard',
  'employmentInsuranceAcquisitionForm',
  'foreignEmploymentReportForm',
  'affiliationNotificationForm',
  'acceptanceNotificationForm',
  'renewalApplicationForm',
  'employmentCertificate',
  'residentTaxCertificate',
] as const;
export type ResidenceDocument = (typeof RESIDENCE_DOCUMENTS)[number];

/** What is known of one hire's case; null until it has happened (or been decided). */
export type ResidenceCaseFacts = {
  jobStartsOn: string;
  employmentInsured: boolean;
  coeIssuedOn: string | null;
  arrivedOn: string | null;
  residenceCardExpiresOn: string | null;
  employmentStartedOn: string | null;
  affiliationChangedOn: string | null;
};

/** Whether a due date is a legal deadline, an effort duty (努力義務), or our planning target. */
export const DUE_KINDS = ['legal', 'effort', 'planning'] as const;
export type DueKind = (typeof DUE_KINDS)[number];
