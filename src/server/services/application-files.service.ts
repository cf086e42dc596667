// A student's CV and portfolio (issue 4 item 2). The bytes are checked by their content (domain
// applications/application-file), written to the file store first, then recorded with an audit
// event in one transaction; if that transaction fails the new bytes are removed again, so no
// orphan is left. Replacing a file of a kind deletes the old row in the same transaction and its
// bytes only after the commit. Every download is audited (`read_sensitive`), as a revealed
// identity document is.
import type { ReadStream } from 'node:fs';
import type { ApplicationFileView } from '../../contracts/applications.ts';
import type { ApplicationFileKind } from '../../domain/applications/application.ts';
import { ALLOWED_MEDIA_TYPES, checkApplicationFile, sanitizeFileName, type FileMediaType } from '../../domain/applications/application-file.ts';
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, notFound } from '../../domain/errors/app-error.ts';
import type { Db } from '../db/database.ts';
import {
  deleteApplicationFile,
  deleteFilesOfKind,
  findApplicationFile,
  insertApplicationFile,
  listApplicationFiles,
  lockApplication,
  type ApplicationFileRow,
} from '../repositories/application-files.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import type { FileStore } from '../storage/file-store.ts';

const EXTENSIONS: Record<FileMediaType, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'application/zip': 'ZIP' };

export function presentApplicationFile(row: ApplicationFileRow): ApplicationFileView {
  return {
    id: row.id,
    applicationId: row.applicationId,
    kind: row.kind,
    originalName: row.originalName,
    mediaType: row.mediaType as FileMediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.createdAt.toISOString(),
  };
}

export class ApplicationFilesService {
  constructor(
    private readonly db: Db,
    private readonly store: FileStore,
    private readonly onCleanupError: (error: unknown) => void = () => undefined,
  ) {}

  async list(applicationId: string): Promise<{ items: ApplicationFileView[] }> {
    return { items: (await listApplicationFiles(this.db, applicationId)).map(presentApplicationFile) };
  }

  async upload(ctx: RequestContext, applicationId: string, kind: ApplicationFileKind, bytes: Uint8Array, rawName: string | undefined): Promise<ApplicationFileView> {
    const check = checkApplicationFile(kind, bytes);
    if (!check.ok) {
      const params: Record<string, string | number> = check.code === 'file.tooLarge' ? { maxMegabytes: Math.floor(check.maxBytes! / 1024 / 1024) } : { accepted: ALLOWED_MEDIA_TYPES[kind].map((t) => EXTENSIONS[t]).join(', ') };
      throw new AppError(check.code, { params });
    }
    const stored = await this.store.put(bytes);
    let replaced: ApplicationFileRow[];
    let row: ApplicationFileRow;
    try {
      ({ row, replaced } = await this.db.transaction(async (tx) => {
        if (!(await lockApplication(tx, applicationId))) throw notFound('student_application');
        const inserted = await insertApplicationFile(tx, {
          applicationId,
          kind,
          storageName: stored.storageName,
          originalName: sanitizeFileName(rawName, kind, check.mediaType),
          mediaType: check.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          uploadedByUserId: ctx.actorUserId,
        });
        const old = await deleteFilesOfKind(tx, applicationId, kind, inserted.id);
        for (const o of old) await recordAudit(tx, ctx, { action: 'delete', resourceType: 'application_file', resourceId: o.id, fields: ['kind'] });
        await recordAudit(tx, ctx, { action: 'create', resourceType: 'application_file', resourceId: inserted.id, fields: ['kind', 'mediaType', 'originalName', 'sha256', 'sizeBytes'] });
        return { row: inserted, replaced: old };
      }));
    } catch (error) {
      await this.store.remove(stored.storageName).catch(this.onCleanupError);
      throw error;
    }
    await this.removeBytes(replaced);
    return presentApplicationFile(row);
  }

  /** The file's row and its bytes; the read is audited before the bytes are handed out. */
  async download(ctx: RequestContext, applicationId: string, fileId: string): Promise<{ file: ApplicationFileView; stream: ReadStream }> {
    const row = await this.db.transaction(async (tx) => {
      const found = await findApplicationFile(tx, applicationId, fileId);
      if (!found) throw notFound('application_file');
      await recordAudit(tx, ctx, { action: 'read_sensitive', resourceType: 'application_file', resourceId: found.id, fields: ['content'] });
      return found;
    });
    try {
      return { file: presentApplicationFile(row), stream: await this.store.open(row.storageName) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('application_file');
      throw error;
    }
  }

  async remove(ctx: RequestContext, applicationId: string, fileId: string): Promise<void> {
    const row = await this.db.transaction(async (tx) => {
      const deleted = await deleteApplicationFile(tx, applicationId, fileId);
      if (!deleted) throw notFound('application_file');
      await recordAudit(tx, ctx, { action: 'delete', resourceType: 'application_file', resourceId: deleted.id, fields: ['kind'] });
      return deleted;
    });
    await this.removeBytes([row]);
  }

  /** After the commit: the rows are gone, so a failure here leaves unreferenced bytes at worst, never a row without bytes. */
  private async removeBytes(rows: ApplicationFileRow[]): Promise<void> {
    for (const r of rows) await this.store.remove(r.storageName).catch(this.onCleanupError);
  }
}
