// A student's consent to the processing of their data in one program: what it covers (the
// processing itself, the transfer from Mongolia to Japan, and the sharing with the recipient
// organizations it names), under which notice version and in which language it was shown.
// Data is shared with an organization only while an active (not withdrawn) consent names it.
// Pure: the caller passes the records and, where needed, the current notice version.

/** The version of the privacy notice the app shows today; a consent to an older one is stale. */
export const CURRENT_NOTICE_VERSION = '2026-11';

/** What every consent covers: processing, the Mongolia → Japan transfer, sharing with its recipients. */
export const CONSENT_PURPOSES = ['processing', 'transfer_mn_to_jp', 'sharing_with_recipients'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/**
 * How the consent was given: by the student in the app, or on a signed paper form that their
 * college collected and recorded on their behalf (a bulk import); the student can replace or
 * withdraw either from their own page.
 */
export const CONSENT_CHANNELS = ['self', 'college_paper_form'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export type ConsentRecord = {
  readonly noticeVersion: string;
  readonly recipientIds: readonly string[];
  readonly givenAt: Date;
  readonly withdrawnAt: Date | null;
};

export const isActiveConsent = (consent: ConsentRecord): boolean => consent.withdrawnAt === null;

/** The active consent, the most recently given one if (against the rules) there are several. */
export function activeConsent<T extends ConsentRecord>(consents: readonly T[]): T | null {
  return consents.filter(isActiveConsent).reduce<T | null>((latest, c) => (latest === null || c.givenAt > latest.givenAt ? c : latest), null);
}

/** True only for an active consent naming this organization among its recipients. */
export function consentCovers(consents: readonly ConsentRecord[], organizationId: string): boolean {
  return consents.some((c) => isActiveConsent(c) && c.recipientIds.includes(organizationId));
}

/** A consent must be given to the notice shown today. */
export const isCurrentNotice = (noticeVersion: string): boolean => noticeVersion === CURRENT_NOTICE_VERSION;

/**
 * The requested recipients that are not allowed (allowed: the program's operators and host
 * companies), with their index in the request, so the error names `recipientIds.<index>`.
 */
export function disallowedRecipients(requested: readonly string[], allowed: readonly string[]): { index: number; id: string }[] {
  return requested.flatMap((id, index) => (allowed.includes(id) ? [] : [{ index, id }]));
}
