import type { Db } from '../db/database.ts';
import { CohortsService } from './cohorts.service.ts';
import { OrganizationsService } from './organizations.service.ts';
import { ParticipationsService } from './participations.service.ts';
import { PhasesService } from './phases.service.ts';
import { ProgramsService } from './programs.service.ts';

export type Services = ReturnType<typeof createServices>;

/** Wires the services; each takes only what it uses. */
export function createServices(db: Db, now: () => Date = () => new Date()) {
  const programs = new ProgramsService(db, now);
  return {
    organizations: new OrganizationsService(db, now),
    programs,
    phases: new PhasesService(db, programs),
    cohorts: new CohortsService(db, programs),
    participations: new ParticipationsService(db, programs),
  };
}
