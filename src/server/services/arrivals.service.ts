// Arrival and daily life (issue 7 item 5): per intern a checklist seeded from the Nagaoka roles
// table (flight, pickup, SIM, insurance, emergency contacts, house rules in Mongolian, keys,
// check-out inspection) with owners and due dates from the intern's stay, overdue ones flagged.
// The operators see every intern's list; the intern, their company and their college see that
// intern's, and tick the tasks their party owns.
import type { ArrivalView, TaskInput, TaskPatch, TaskView } from '../../contracts/housing.ts';
import { arrivalActorKind, type ArrivalFacts } from '../../domain/access/housing-policy.ts';
import type { Actor } from '../../domain/access/roles.ts';
import { changedFields, type RequestContext } from '../../domain/audit/audit-event.ts';
import { AppError, notFound, versionConflict } from '../../domain/errors/app-error.ts';
import { checklistFor, isOverdue } from '../../domain/housing/arrival-checklist.ts';
import { seasonOf } from '../../domain/housing/season.ts';
import type { Db } from '../db/database.ts';
import { programFacts } from '../repositories/access-facts.repository.ts';
import { ensureArrival, findTask, insertTasks, listArrivals, listTasks, nextTaskPosition, updateTask, type TaskRow } from '../repositories/arrivals.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';
import { listInterns, programStays, type InternRow } from '../repositories/housing.repository.ts';
import { internshipPhase } from '../repositories/housing-parties.repository.ts';

export class ArrivalsService {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  private today = () => this.now().toISOString().slice(0, 10);

  /** The facts of one intern's checklist, for the access policy. */
  async facts(programId: string, intern: Pick<InternRow, 'userId' | 'companyId' | 'collegeId'>): Promise<ArrivalFacts> {
    const program = await programFacts(this.db, programId);
    if (!program) throw notFound('program');
    return { type: 'arrival', program, studentUserId: intern.userId, companyId: intern.companyId, collegeId: intern.collegeId };
  }

  async list(actor: Actor, programId: string): Promise<{ items: ArrivalView[]; today: string }> {
    const interns = await listInterns(this.db, programId);
    const visible: InternRow[] = [];
    for (const intern of interns) if (arrivalActorKind(actor, await this.facts(programId, intern))) visible.push(intern);
    const arrivals = new Map((await listArrivals(this.db, programId)).map((a) => [a.applicationId, a]));
    const tasks = await listTasks(this.db, [...arrivals.values()].map((a) => a.id));
    const today = this.today();
    return {
      today,
      items: visible.map((intern) => {
        const arrival = arrivals.get(intern.applicationId);
        const own = arrival ? tasks.filter((t) => t.arrivalId === arrival.id).map((t) => this.taskView(t)) : [];
        return {
          applicationId: intern.applicationId,
          student: { nameLatin: intern.nameLatin, nameCyrillic: intern.nameCyrillic, nameKatakana: intern.nameKatakana },
          companyId: intern.companyId,
          gender: arrival?.gender ?? null,
          flightNumber: arrival?.flightNumber ?? null,
          arrivesAt: arrival?.arrivesAt?.toISOString() ?? null,
          tasks: own,
          overdue: own.filter((t) => t.overdue).length,
          version: arrival?.version ?? null,
        };
      }),
    };
  }

  /** Adds the template's missing tasks for every intern, due from their own stay (or the season's dates). */
  async seed(ctx: RequestContext, programId: string): Promise<number> {
    const phase = await internshipPhase(this.db, programId);
    if (!phase) throw new AppError('housing.noSeason');
    const season = seasonOf(phase);
    return this.db.transaction(async (tx) => {
      const stays = (await programStays(tx, programId, { from: season.checkIn, to: season.checkOut }, null)).filter((s) => s.kind === 'internship');
      let added = 0;
      for (const intern of await listInterns(tx, programId)) {
        const arrivalId = await ensureArrival(tx, programId, intern.applicationId);
        const existing = new Set((await listTasks(tx, [arrivalId])).flatMap((t) => (t.kind ? [t.kind] : [])));
        const stay = stays.find((s) => s.applicationId === intern.applicationId) ?? season;
        added += await insertTasks(tx, checklistFor(stay, existing).map((task) => ({ ...task, programId, arrivalId })));
      }
      if (added > 0) await recordAudit(tx, ctx, { action: 'create', resourceType: 'arrival_task', resourceId: programId, fields: ['checklist'] });
      return added;
    });
  }

  async addTask(ctx: RequestContext, programId: string, applicationId: string, input: TaskInput): Promise<void> {
    const [intern] = await listInterns(this.db, programId, [applicationId]);
    if (!intern) throw notFound('student_application');
    await this.db.transaction(async (tx) => {
      const arrivalId = await ensureArrival(tx, programId, applicationId);
      await insertTasks(tx, [{ programId, arrivalId, kind: null, title: input.title, owner: input.owner, dueOn: input.dueOn, position: await nextTaskPosition(tx, arrivalId) }]);
      await recordAudit(tx, ctx, { action: 'create', resourceType: 'arrival_task', resourceId: arrivalId, fields: ['title', 'owner', 'dueOn'] });
    });
  }

  async updateTask(ctx: RequestContext, taskId: string, patch: TaskPatch): Promise<TaskView> {
    const { version, done, ...rest } = patch;
    const actorId = ctx.actorUserId;
    await this.db.transaction(async (tx) => {
      const task = await findTask(tx, taskId);
      if (!task) throw notFound('arrival_task');
      const ticked = done === undefined ? {} : done ? { doneAt: task.doneAt ?? this.now(), doneByUserId: task.doneAt ? task.doneByUserId : actorId } : { doneAt: null, doneByUserId: null };
      const outcome = await updateTask(tx, taskId, version, { ...rest, ...ticked });
      if (outcome !== 'updated') throw versionConflict('arrival_task', task.version);
      await recordAudit(tx, ctx, { action: 'update', resourceType: 'arrival_task', resourceId: taskId, fields: changedFields({ ...rest, done }) });
    });
    return this.taskView((await findTask(this.db, taskId))!);
  }

  private taskView(task: TaskRow): TaskView {
    const done = task.doneAt !== null;
    return { id: task.id, kind: task.kind, title: task.title, owner: task.owner, dueOn: task.dueOn, done, doneAt: task.doneAt?.toISOString() ?? null, note: task.note, overdue: isOverdue({ dueOn: task.dueOn, done }, this.today()), version: task.version };
  }
}
