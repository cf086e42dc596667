// The downloads of the hiring, readiness, arrival and housing lists (issue 9 item 5): each reads
// its list through the service method that answers the screen, for the same reader, so a file
// never holds more than that reader's list; then lays it out as a sheet in the asked language.
import { can } from '../../domain/access/policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { agreementsSheet } from '../exports/agreements-sheet.ts';
import { arrivalsSheet } from '../exports/arrivals-sheet.ts';
import { employmentsSheet } from '../exports/employments-sheet.ts';
import { hiringSheet } from '../exports/hiring-sheet.ts';
import { housingRequestsSheet } from '../exports/housing-requests-sheet.ts';
import { housingUnitsSheet } from '../exports/housing-units-sheet.ts';
import { loanContractsSheet } from '../exports/loan-contracts-sheet.ts';
import { readinessSheet } from '../exports/readiness-sheet.ts';
import { staysSheet } from '../exports/stays-sheet.ts';
import { organizationNames } from '../repositories/housing-parties.repository.ts';
import type { ArrivalsService } from './arrivals.service.ts';
import type { EmploymentsService } from './employments.service.ts';
import type { HiringService } from './hiring.service.ts';
import type { HousingRequestsService } from './housing-requests.service.ts';
import type { HousingUnitsService } from './housing-units.service.ts';
import { namedExport, type ListExport } from './list-exports.service.ts';
import type { LoanContractsService } from './loan-contracts.service.ts';
import type { ReadinessService } from './readiness.service.ts';
import type { StaysService } from './stays.service.ts';

type Lists = {
  hiring: HiringService;
  employments: EmploymentsService;
  readiness: ReadinessService;
  arrivals: ArrivalsService;
  housingRequests: HousingRequestsService;
  housingUnits: HousingUnitsService;
  stays: StaysService;
  loanContracts: LoanContractsService;
};

export class HiringHousingExportsService {
  constructor(
    private readonly db: Db,
    private readonly lists: Lists,
    private readonly now: () => Date,
  ) {}

  async employments(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    const { items } = await this.lists.employments.list(actor, programId);
    return namedExport(employmentsSheet(items, language), this.now());
  }

  async hiring(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    const { items } = await this.lists.hiring.board(actor, programId);
    return namedExport(hiringSheet(items, language), this.now());
  }

  async readiness(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    const { items } = await this.lists.readiness.list(actor, programId);
    return namedExport(readinessSheet(items, language), this.now());
  }

  async arrivals(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    const { items } = await this.lists.arrivals.list(actor, programId);
    const companies = await organizationNames(this.db, [...new Set(items.flatMap((a) => (a.companyId ? [a.companyId] : [])))]);
    return namedExport(arrivalsSheet(items, companies, language), this.now());
  }

  async housingRequests(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    const { items } = await this.lists.housingRequests.list(actor, programId);
    return namedExport(housingRequestsSheet(items, language), this.now());
  }

  async housingUnits(partnerId: string, archived: boolean, language: Language): Promise<ListExport> {
    const { items } = await this.lists.housingUnits.list(partnerId, archived);
    return namedExport(housingUnitsSheet(items, language), this.now());
  }

  async stays(programId: string, language: Language): Promise<ListExport> {
    return namedExport(staysSheet(await this.lists.stays.board(programId), language), this.now());
  }

  async agreements(actor: Actor, language: Language): Promise<ListExport> {
    const { items } = await this.lists.loanContracts.agreements(actor);
    return namedExport(agreementsSheet(items, language), this.now());
  }

  /** As the list route: the partner reads the contracts sent to it; drafts are the operators' own. */
  async loanContracts(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    const facts = await this.lists.stays.housingFacts(programId);
    const { items } = await this.lists.loanContracts.contracts(actor, programId, can(actor, 'read', facts));
    return namedExport(loanContractsSheet(items, language), this.now());
  }

}
