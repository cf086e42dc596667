import { organizationScope } from '../../domain/access/policy.ts';
import { isOperatorRole } from '../../domain/access/roles.ts';
import type { Organization, OrganizationInput, OrganizationListQuery, OrganizationPage, OrganizationPatch } from '../../contracts/organizations.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { notFound } from '../../domain/errors/app-error.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { Db } from '../db/database.ts';
import {
  findOrganization,
  insertOrganization,
  listOrganizations,
  organizationVersion,
  locationColumns,
  updateOrganization,
} from '../repositories/organizations.repository.ts';
import { presentOrganization } from '../presenters/organization.presenter.ts';
import { expectUpdated } from './versioned-result.ts';

export class OrganizationsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(ctx: RequestContext, query: OrganizationListQuery): Promise<OrganizationPage> {
    const scope = ctx.actor ? organizationScope(ctx.actor) : { ownIds: [], operatorIds: [] };
    const { rows, total } = await listOrganizations(this.db, scope, query);
    return { items: rows.map(presentOrganization), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Organization> {
    const row = await findOrganization(this.db, id);
    if (!row) throw notFound('organization');
    return presentOrganization(row);
  }

  async create(ctx: RequestContext, input: OrganizationInput): Promise<Organization> {
    const id = await this.db.transaction(async (tx) => {
      const created = await insertOrganization(tx, input, registeringOperator(ctx));
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'organization', resourceId: created });
      return created;
    });
    return this.get(id);
  }

  async update(ctx: RequestContext, id: string, patch: OrganizationPatch): Promise<Organization> {
    const { version, location, ...fields } = patch;
    const changes = location === undefined ? fields : { ...fields, ...locationColumns(location) };
    await this.db.transaction(async (tx) => {
      const outcome = await updateOrganization(tx, id, version, changes);
      await expectUpdated(outcome, 'organization', () => organizationVersion(tx, id));
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'organization', resourceId: id, fields: changedFields(changes) });
    });
    return this.get(id);
  }

  async setArchived(ctx: RequestContext, id: string, version: number, archived: boolean): Promise<Organization> {
    await this.db.transaction(async (tx) => {
      const outcome = await updateOrganization(tx, id, version, { archivedAt: archived ? this.now() : null });
      await expectUpdated(outcome, 'organization', () => organizationVersion(tx, id));
      await recordAudit(tx, ctx, { action: archived ? 'archive' : 'restore', resourceType: 'organization', resourceId: id });
    });
    return this.get(id);
  }
}

/** The operator on whose behalf an organization is registered: the registering member's operator. */
function registeringOperator(ctx: RequestContext): string | null {
  return ctx.actor?.memberships.find((m) => isOperatorRole(m.role))?.organizationId ?? null;
}
