// The arrival and daily-life checklist of each intern, seeded from the Nagaoka project's table
// of roles: the city (here the operator) looks after daily life, the colleges and the NGO
// federation send the students, the companies host them, the housing partner hands over the
// keys. Due dates count from the season's check-in and check-out.
import type { TaskOwner } from './housing.ts';
import { addDays } from './dates.ts';

export const ARRIVAL_TASK_KINDS = ['flight', 'travelInsurance', 'emergencyContacts', 'simOrWifi', 'houseRules', 'airportPickup', 'keyHandover', 'keyReturn', 'checkOutInspection'] as const;
export type ArrivalTaskKind = (typeof ARRIVAL_TASK_KINDS)[number];

type TemplateTask = { kind: ArrivalTaskKind; owner: TaskOwner; from: 'checkIn' | 'checkOut'; days: number };

export const ARRIVAL_TEMPLATE: readonly TemplateTask[] = [
  { kind: 'flight', owner: 'student', from: 'checkIn', days: -30 },
  { kind: 'travelInsurance', owner: 'college', from: 'checkIn', days: -14 },
  { kind: 'emergencyContacts', owner: 'student', from: 'checkIn', days: -14 },
  { kind: 'simOrWifi', owner: 'operator', from: 'checkIn', days: -7 },
  { kind: 'houseRules', owner: 'operator', from: 'checkIn', days: -3 },
  { kind: 'airportPickup', owner: 'operator', from: 'checkIn', days: 0 },
  { kind: 'keyHandover', owner: 'housing_partner', from: 'checkIn', days: 0 },
  { kind: 'keyReturn', owner: 'housing_partner', from: 'checkOut', days: 0 },
  { kind: 'checkOutInspection', owner: 'housing_partner', from: 'checkOut', days: 0 },
];

export type SeededTask = { kind: ArrivalTaskKind; owner: TaskOwner; dueOn: string; position: number };

/** The template's tasks for a stay from `checkIn` to `checkOut`, leaving out kinds the intern already has. */
export function checklistFor(stay: { checkIn: string; checkOut: string }, existingKinds: ReadonlySet<string>): SeededTask[] {
  return ARRIVAL_TEMPLATE.flatMap((task, position) => (existingKinds.has(task.kind) ? [] : [{ kind: task.kind, owner: task.owner, dueOn: addDays(stay[task.from], task.days), position }]));
}

/** A task is overdue from the day after its due date until it is done. */
export const isOverdue = (task: { dueOn: string; done: boolean }, today: string) => !task.done && task.dueOn < today;
