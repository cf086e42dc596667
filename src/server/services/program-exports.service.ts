// The downloads of a program's recruitment lists (issue 9 item 5): a fair's timetable, a matching
// round's result, the lecture attendance and the interns. Each reads its list through the service
// method that answers the screen, with the same reader, so a file never holds more than the list
// that reader may see; then lays it out as a sheet in the asked language.
import type { RequestContext } from '../../domain/audit/audit-event.ts';
import type { Actor } from '../../domain/access/roles.ts';
import type { Language } from '../../domain/shared/localized-text.ts';
import { attendanceSheet } from '../exports/attendance-sheet.ts';
import { fairInterviewsSheet, type FairInterviewsExportQuery } from '../exports/fair-interviews-sheet.ts';
import { internsSheet } from '../exports/interns-sheet.ts';
import { matchingResultSheet } from '../exports/matching-result-sheet.ts';
import type { FairInterviewsService } from './fair-interviews.service.ts';
import type { FairsService } from './fairs.service.ts';
import type { InternshipService } from './internship.service.ts';
import type { LecturesService } from './lectures.service.ts';
import { namedExport, type ListExport } from './list-exports.service.ts';
import type { MatchingRoundsService } from './matching-rounds.service.ts';
import type { MatchingRunsService } from './matching-runs.service.ts';

type Lists = {
  fairs: Pick<FairsService, 'get'>;
  fairInterviews: Pick<FairInterviewsService, 'list'>;
  matchingRounds: Pick<MatchingRoundsService, 'get'>;
  matchingRuns: Pick<MatchingRunsService, 'result'>;
  lectures: Pick<LecturesService, 'programAttendance'>;
  internship: Pick<InternshipService, 'overview'>;
};

export class ProgramExportsService {
  constructor(
    private readonly lists: Lists,
    private readonly now: () => Date,
  ) {}

  /** The fair's scheduled interviews the reader's timetables show, narrowed to the timetable chosen on screen. */
  async fairInterviews(actor: Actor, fairId: string, filter: Omit<FairInterviewsExportQuery, 'format' | 'language'>, language: Language): Promise<ListExport> {
    const fair = await this.lists.fairs.get(actor, fairId);
    const { items } = await this.lists.fairInterviews.list(actor, fairId);
    return namedExport(fairInterviewsSheet(fair, items, filter, language), this.now());
  }

  /** The round's result as the reader's result page shows it (refused before it may be seen, as the page is). */
  async matchingResult(actor: Actor, roundId: string, language: Language): Promise<ListExport> {
    const outcome = await this.lists.matchingRuns.result(actor, roundId);
    const round = await this.lists.matchingRounds.get(actor, roundId);
    return namedExport(matchingResultSheet(outcome, round, language), this.now());
  }

  async attendance(ctx: RequestContext, programId: string, language: Language): Promise<ListExport> {
    return namedExport(attendanceSheet(await this.lists.lectures.programAttendance(ctx, programId), language), this.now());
  }

  async interns(actor: Actor, programId: string, language: Language): Promise<ListExport> {
    return namedExport(internsSheet(await this.lists.internship.overview(actor, programId), language), this.now());
  }

}
