// Hiring after the internship (issue 8 item 3): an intern who wants to join applies to a host
// company; the company takes them through its selection steps (a board: applied → document
// screening → interview → decision) and may make a job offer (内定) with its conditions, a date
// of issue and an expiry; the student accepts or declines; a withdrawal keeps the history (the
// offer stays, marked withdrawn, with its reason). An accepted offer is the employment, from
// which the residence paperwork and the follow-up start.

export const HIRING_STAGES = ['applied', 'documentScreening', 'interview', 'decision'] as const;
export type HiringStage = (typeof HIRING_STAGES)[number];

/** Where an application to a company ended, or `open` while it is in the company's steps. */
export const HIRING_OUTCOMES = ['open', 'offered', 'rejected', 'withdrawn'] as const;
export type HiringOutcome = (typeof HIRING_OUTCOMES)[number];

export const OFFER_STATUSES = ['issued', 'accepted', 'declined', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** How a hire's employment stands, for the follow-up. */
export const RETENTION_STATUSES = ['employed', 'changedEmployer', 'leftJapan'] as const;
export type RetentionStatus = (typeof RETENTION_STATUSES)[number];
export const RETENTION_REASONS = ['family', 'career', 'workConditions', 'visa', 'health', 'other'] as const;

export const HIRING_REFUSALS = ['hiring.notIntern', 'hiring.applicationClosed', 'hiring.offerNotOpen', 'hiring.offerExpired', 'hiring.offerPending', 'hiring.alreadyHired', 'hiring.checkInNotOpen', 'hiring.checkInAnswered', 'hiring.notStepOwner'] as const;
export type HiringRefusal = (typeof HIRING_REFUSALS)[number];
