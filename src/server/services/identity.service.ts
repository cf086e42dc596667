// Identity documents: shown masked, revealed one field at a time with an audit event in the
// same transaction as the read, written encrypted with the names (never the values) audited.
import type { IdentityPatch, IdentitySecret, IdentityView } from '../../contracts/identity.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { maskDocumentNumber, type FieldCipher } from '../crypto/field-cipher.ts';
import type { Db } from '../db/database.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { findIdentity, writeIdentity, type IdentityColumns, type IdentityRow } from '../repositories/identity.repository.ts';

/** Each secret's column, which is also the name bound into its ciphertext. */
const COLUMN = {
  passportNumber: 'passportNumberEncrypted',
  residenceCardNumber: 'residenceCardNumberEncrypted',
  birthDate: 'birthDateEncrypted',
} as const satisfies Record<IdentitySecret, keyof IdentityColumns>;

export class IdentityService {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  async view(userId: string): Promise<IdentityView> {
    return this.present(await findIdentity(this.db, userId));
  }

  async reveal(ctx: RequestContext, userId: string, field: IdentitySecret): Promise<{ field: IdentitySecret; value: string | null }> {
    return this.db.transaction(async (tx) => {
      const row = await findIdentity(tx, userId);
      await recordAudit(tx, ctx, { action: 'read_sensitive', resourceType: 'identity_document', resourceId: userId, fields: [field] });
      const stored = row?.[COLUMN[field]] ?? null;
      return { field, value: stored === null ? null : this.cipher.decrypt(COLUMN[field], stored) };
    });
  }

  async update(ctx: RequestContext, userId: string, patch: IdentityPatch): Promise<IdentityView> {
    const { version, passportNumber, residenceCardNumber, birthDate, ...plain } = patch;
    const changes: IdentityColumns = { ...plain };
    const secrets = { passportNumber, residenceCardNumber, birthDate };
    for (const field of Object.keys(secrets) as IdentitySecret[]) {
      const value = secrets[field];
      if (value !== undefined) changes[COLUMN[field]] = value === null ? null : this.cipher.encrypt(COLUMN[field], value);
    }
    await this.db.transaction(async (tx) => {
      const outcome = await writeIdentity(tx, userId, version, changes);
      if (outcome === 'missing') throw notFound('user');
      if (outcome === 'stale') throw versionConflict('identity_document', (await findIdentity(tx, userId))?.version ?? 0);
      await recordAudit(tx, ctx, { action: version === 0 ? 'create' : 'update', resourceType: 'identity_document', resourceId: userId, fields: changedFields(patch) });
    });
    return this.view(userId);
  }

  private present(row: IdentityRow | null): IdentityView {
    const masked = (field: 'passportNumber' | 'residenceCardNumber') => {
      const stored = row?.[COLUMN[field]];
      return stored ? maskDocumentNumber(this.cipher.decrypt(COLUMN[field], stored)) : null;
    };
    return {
      passportNumber: masked('passportNumber'),
      passportExpiresOn: row?.passportExpiresOn ?? null,
      residenceCardNumber: masked('residenceCardNumber'),
      residenceCardExpiresOn: row?.residenceCardExpiresOn ?? null,
      birthDateOnFile: Boolean(row?.birthDateEncrypted),
      nationality: row?.nationality ?? null,
      version: row?.version ?? 0,
    };
  }
}
