// The housing partner's units (issue 7 item 1): listed and edited by the partner's members and
// by the operators of its programs. A unit has one bed row per place (capacity); lowering the
// capacity below the beds stays hold is refused (housing.bedsInUse).
import type { UnitInput, UnitPatch, UnitView } from '../../contracts/housing.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, invalid, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { countPhotos, deletePhoto, findPhoto, findUnit, insertPhoto, insertUnit, listUnits, lockUnit, setBeds, updateUnit } from '../repositories/housing.repository.ts';
import { sniffMediaType } from '../../domain/applications/application-file.ts';
import type { FileStore } from '../storage/file-store.ts';
import { isForeignKeyViolation } from '../repositories/pg-errors.ts';
import { presentUnit } from '../presenters/housing.presenter.ts';

/** Photos of a flat: JPEG or PNG (told by their bytes), a few per flat. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS_PER_UNIT = 8;

export class HousingUnitsService {
  constructor(
    private readonly db: Db,
    private readonly files: FileStore,
    private readonly now: () => Date,
  ) {}

  async list(partnerId: string, archived: boolean): Promise<{ items: UnitView[] }> {
    return { items: (await listUnits(this.db, [partnerId], { archived })).filter((u) => archived || u.archivedAt === null).map(presentUnit) };
  }

  async get(unitId: string): Promise<UnitView> {
    const unit = await findUnit(this.db, unitId);
    if (!unit) throw notFound('housing_unit');
    return presentUnit(unit);
  }

  async create(ctx: RequestContext, partnerId: string, input: UnitInput): Promise<UnitView> {
    const id = await this.db.transaction(async (tx) => {
      const created = await insertUnit(tx, partnerId, input);
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'housing_unit', resourceId: created, fields: Object.keys(input).sort() });
      return created;
    });
    return this.get(id);
  }

  async update(ctx: RequestContext, unitId: string, patch: UnitPatch): Promise<UnitView> {
    const { version, ...changes } = patch;
    try {
      await this.db.transaction(async (tx) => {
        const unit = await lockUnit(tx, unitId);
        if (!unit) throw notFound('housing_unit');
        const outcome = await updateUnit(tx, unitId, version, changes);
        if (outcome !== 'updated') throw versionConflict('housing_unit', unit.version);
        if (changes.capacity !== undefined) await setBeds(tx, unitId, changes.capacity);
        await recordAudit(tx, ctx, { action: 'update', resourceType: 'housing_unit', resourceId: unitId, fields: changedFields(changes) });
      });
    } catch (error) {
      throw isForeignKeyViolation(error) ? new AppError('housing.bedsInUse') : error;
    }
    return this.get(unitId);
  }

  /** No longer lent: kept for the stays and contracts that name it, offered to no new stay. */
  async setArchived(ctx: RequestContext, unitId: string, version: number, archived: boolean): Promise<UnitView> {
    await this.db.transaction(async (tx) => {
      const outcome = await updateUnit(tx, unitId, version, { archivedAt: archived ? this.now() : null });
      if (outcome !== 'updated') throw outcome === 'missing' ? notFound('housing_unit') : versionConflict('housing_unit', (await findUnit(tx, unitId))?.version ?? 0);
      await recordAudit(tx, ctx, { action: archived ? 'archive' : 'restore', resourceType: 'housing_unit', resourceId: unitId, fields: [] });
    });
    return this.get(unitId);
  }

  async addPhoto(ctx: RequestContext, unitId: string, bytes: Uint8Array): Promise<UnitView> {
    if (bytes.length === 0) throw new AppError('file.empty');
    if (bytes.length > MAX_PHOTO_BYTES) throw new AppError('file.tooLarge', { params: { maxMegabytes: MAX_PHOTO_BYTES / 1024 / 1024 } });
    const mediaType = sniffMediaType(bytes);
    if (mediaType !== 'image/jpeg' && mediaType !== 'image/png') throw invalid([{ field: 'file', code: 'housing.photoType' }]);
    const stored = await this.files.put(bytes);
    try {
      await this.db.transaction(async (tx) => {
        if (!(await lockUnit(tx, unitId))) throw notFound('housing_unit');
        if ((await countPhotos(tx, unitId)) >= MAX_PHOTOS_PER_UNIT) throw invalid([{ field: 'file', code: 'housing.tooManyPhotos', params: { max: MAX_PHOTOS_PER_UNIT } }]);
        const id = await insertPhoto(tx, unitId, { storageName: stored.storageName, mediaType, sizeBytes: stored.sizeBytes, sha256: stored.sha256 });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'housing_unit', resourceId: unitId, fields: [`photo:${id}`] });
      });
    } catch (error) {
      await this.files.remove(stored.storageName);
      throw error;
    }
    return this.get(unitId);
  }

  async photo(unitId: string, photoId: string) {
    const photo = await findPhoto(this.db, unitId, photoId);
    if (!photo) throw notFound('housing_unit_photo');
    return { mediaType: photo.mediaType, sizeBytes: photo.sizeBytes, stream: await this.files.open(photo.storageName) };
  }

  async removePhoto(ctx: RequestContext, unitId: string, photoId: string): Promise<void> {
    const photo = await findPhoto(this.db, unitId, photoId);
    if (!photo) throw notFound('housing_unit_photo');
    await this.db.transaction(async (tx) => {
      await deletePhoto(tx, photoId);
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'housing_unit', resourceId: unitId, fields: [`photo:${photoId}`] });
    });
    await this.files.remove(photo.storageName);
  }
}
