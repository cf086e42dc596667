// The downloads of the admin and people lists (issue 9 item 5): organizations, members, open
// invitations, the audit trail, the calls for host companies and a call's applications. Each
// reads its list through the service method that answers the screen, with the same reader and
// the same filters (every page of them), so a file never holds more than the list the reader is
// allowed to see; then lays it out as a sheet in the asked language.
import type { AuditEventQuery } from '../../contracts/audit-events.ts';
import type { InvitationListQuery } from '../../contracts/invitations.ts';
import type { MemberListQuery } from '../../contracts/members.ts';
import type { OrganizationListQuery } from '../../contracts/organizations.ts';
import { can, hostApplicationScope } from '../../domain/access/policy.ts';
import { isOperatorRole } from '../../domain/access/roles.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import type { Db } from '../db/database.ts';
import { auditEventsSheet } from '../exports/audit-events-sheet.ts';
import { hostApplicationsSheet, hostCallsSheet, type HostCallRow } from '../exports/host-calls-sheet.ts';
import { invitationsSheet } from '../exports/invitations-sheet.ts';
import { membersSheet } from '../exports/members-sheet.ts';
import { organizationsSheet } from '../exports/organizations-sheet.ts';
import { hostCallFacts, programFacts } from '../repositories/access-facts.repository.ts';
import { programNames } from '../repositories/lectures.repository.ts';
import type { AuditLogService } from './audit-log.service.ts';
import type { HostCallsService } from './host-calls.service.ts';
import type { InvitationsService } from './invitations.service.ts';
import { everyPage, type ListExport, namedExport, type Unpaged } from './list-exports.service.ts';
import type { MembersService } from './members.service.ts';
import type { OrganizationsService } from './organizations.service.ts';

type Lists = { organizations: OrganizationsService; members: MembersService; invitations: InvitationsService; auditLog: AuditLogService; hostCalls: HostCallsService };

export class PeopleExportsService {
  constructor(
    private readonly db: Db,
    private readonly lists: Lists,
    private readonly now: () => Date,
  ) {}

  async organizations(ctx: RequestContext, query: Unpaged<OrganizationListQuery>, language: Language): Promise<ListExport> {
    const items = await everyPage((page, pageSize) => this.lists.organizations.list(ctx, { ...query, page, pageSize }));
    return namedExport(organizationsSheet(items, language), this.now());
  }

  async members(ctx: RequestContext, query: Unpaged<MemberListQuery>, language: Language): Promise<ListExport> {
    const items = await everyPage((page, pageSize) => this.lists.members.list(ctx, { ...query, page, pageSize }));
    return namedExport(membersSheet(items, language), this.now());
  }

  async invitations(ctx: RequestContext, query: Unpaged<InvitationListQuery>, language: Language): Promise<ListExport> {
    const items = await everyPage((page, pageSize) => this.lists.invitations.list(ctx, { ...query, page, pageSize }));
    return namedExport(invitationsSheet(items, language), this.now());
  }

  async auditEvents(ctx: RequestContext, query: Unpaged<AuditEventQuery>, language: Language): Promise<ListExport> {
    const items = await everyPage((page, pageSize) => this.lists.auditLog.search(ctx, { ...query, page, pageSize }));
    return namedExport(auditEventsSheet(items, language), this.now());
  }

  /**
   * The calls the reader's list shows. The program is named only where the reader may read it
   * (the rule of GET /api/programs/:id, as the screen asks it); a host company's row carries its
   * own application's decision, as its card does.
   */
  async hostCalls(ctx: RequestContext, language: Language): Promise<ListExport> {
    const { items } = await this.lists.hostCalls.list(ctx);
    const actor = ctx.actor;
    const rows: HostCallRow[] = [];
    for (const call of items) {
      const facts = actor ? await programFacts(this.db, call.programId) : null;
      const readable = actor !== null && facts !== null && (can(actor, 'read', facts) || can(actor, 'readPublic', facts));
      const programName = readable ? pickLocalized((await programNames(this.db, call.programId))?.name, language) || null : null;
      const operates = actor?.memberships.some((m) => m.organizationId === call.operatorId && isOperatorRole(m.role)) ?? false;
      const ownDecision = operates ? undefined : ((await this.lists.hostCalls.listApplications(ctx, call.id)).items[0]?.decision ?? null);
      rows.push({ call, programName, ...(ownDecision !== undefined ? { ownDecision } : {}) });
    }
    return namedExport(hostCallsSheet(rows, language), this.now());
  }

  /** A call's applications as its list shows them: all with scores for the operator, a company its own. */
  async hostApplications(ctx: RequestContext, callId: string, language: Language): Promise<ListExport> {
    const { items } = await this.lists.hostCalls.listApplications(ctx, callId);
    const facts = await hostCallFacts(this.db, callId);
    const forOperator = ctx.actor !== null && facts !== null && hostApplicationScope(ctx.actor, facts.program).all;
    return namedExport(hostApplicationsSheet(items, forOperator, language), this.now());
  }

}
