// Who must be told of an incident during the internship, by its kind and severity. The rule is
// the Nagaoka project's division of roles: the operator (the city) looks after daily life and
// must always know; the sending college answers to the student's family, so it hears of anything
// serious; a serious health matter reaches the family; a serious safety matter the police. The
// page shows who has not been told yet; it does not block saving (people are told by phone
// first and the record follows).
import type { IncidentKind, IncidentSeverity, NotifiedParty } from './internship.ts';

export function partiesToTell(kind: IncidentKind, severity: IncidentSeverity): NotifiedParty[] {
  const parties: NotifiedParty[] = ['operator', 'company'];
  if (severity !== 'low' || kind === 'conduct') parties.push('college');
  if (severity === 'high' && kind === 'health') parties.push('family');
  if (severity === 'high' && kind === 'safety') parties.push('police');
  return parties;
}

export type Notification = { party: NotifiedParty; at: string };

export function partiesNotYetTold(incident: { kind: IncidentKind; severity: IncidentSeverity; notifications: readonly Notification[] }): NotifiedParty[] {
  const told = new Set(incident.notifications.map((n) => n.party));
  return partiesToTell(incident.kind, incident.severity).filter((p) => !told.has(p));
}
