// The rules of a job offer: it can be answered while issued and not past its expiry (the last
// day to answer counts in Japan); the company (or the operator) may withdraw it until it is
// answered, which keeps it on record as withdrawn with the reason. An accepted offer is the hire:
// what happens after is the employment's retention (left, changed employer), never an edit of the
// offer. One open offer per application at a time, one accepted offer per student in a program.
import type { HiringRefusal, OfferStatus } from './hiring.ts';

export type OfferFacts = { status: OfferStatus; expiresOn: string };

/** The offer as people see it today: an issued offer past its expiry is `expired`. */
export const offerState = (offer: OfferFacts, today: string): OfferStatus | 'expired' => (offer.status === 'issued' && offer.expiresOn < today ? 'expired' : offer.status);

export function answerRefusal(offer: OfferFacts, today: string): HiringRefusal | null {
  if (offer.status !== 'issued') return 'hiring.offerNotOpen';
  if (offer.expiresOn < today) return 'hiring.offerExpired';
  return null;
}

export const withdrawRefusal = (offer: OfferFacts): HiringRefusal | null => (offer.status === 'issued' ? null : 'hiring.offerNotOpen');
