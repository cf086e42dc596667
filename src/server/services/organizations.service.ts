import type { Organization, OrganizationInput, OrganizationListQuery, OrganizationPage, OrganizationPatch } from '../../contracts/organizations.ts';
import { notFound } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import {
  findOrganization,
  insertOrganization,
  listOrganizations,
  organizationVersion,
  updateOrganization,
} from '../repositories/organizations.repository.ts';
import { presentOrganization } from '../presenters/organization.presenter.ts';
import { expectUpdated } from './versioned-result.ts';

export class OrganizationsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  async list(query: OrganizationListQuery): Promise<OrganizationPage> {
    const { rows, total } = await listOrganizations(this.db, query);
    return { items: rows.map(presentOrganization), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string): Promise<Organization> {
    const row = await findOrganization(this.db, id);
    if (!row) throw notFound('organization');
    return presentOrganization(row);
  }

  async create(input: OrganizationInput): Promise<Organization> {
    return this.get(await insertOrganization(this.db, input));
  }

  async update(id: string, patch: OrganizationPatch): Promise<Organization> {
    const { version, ...changes } = patch;
    const outcome = await updateOrganization(this.db, id, version, changes);
    await expectUpdated(outcome, 'organization', () => organizationVersion(this.db, id));
    return this.get(id);
  }

  async setArchived(id: string, version: number, archived: boolean): Promise<Organization> {
    const outcome = await updateOrganization(this.db, id, version, { archivedAt: archived ? this.now() : null });
    await expectUpdated(outcome, 'organization', () => organizationVersion(this.db, id));
    return this.get(id);
  }
}
