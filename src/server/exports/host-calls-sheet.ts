// The calls for host companies and one call's applications, as sheets: the facts the screen
// shows, one value per cell. Deadlines are Japan's wall clock marked JST (the screen shows the
// reader's zone; a file cannot know it). The weighted score is the operator's working note and
// has a column only in the operator's file, as on screen.
import type { HostApplicationView, HostCallView } from '../../contracts/host-calls.ts';
import type { HostDecision } from '../../domain/host-calls/host-call.ts';
import { pickLocalized, type Language } from '../../domain/shared/localized-text.ts';
import { translate } from '../i18n/server-i18n.ts';
import { japanMinute } from './invitations-sheet.ts';
import { exportColumn, type Sheet } from './table-file.ts';

const ns = 'host-calls';

/** A call as its reader meets it: the program's name when they may read the program, and for a host company its own application's decision (null: not applied). */
export type HostCallRow = { call: HostCallView; programName: string | null; ownDecision?: HostDecision | null };

export function hostCallsSheet(items: readonly HostCallRow[], language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const companyRows = items.some((i) => i.ownDecision !== undefined);
  const columns = [
    exportColumn('program', ns, 'list.program'),
    exportColumn('operator', ns, 'list.operator'),
    exportColumn('status', ns, 'fields.status'),
    exportColumn('deadline', ns, 'fields.deadline'),
    exportColumn('internCap', ns, 'fields.internCap'),
    ...(companyRows ? [exportColumn('ownApplication', ns, 'table.decision')] : []),
  ];
  const rows = items.map(({ call, programName, ownDecision }) => ({
    program: programName,
    operator: pickLocalized(call.operatorName, language),
    status: t(`callStatus.${call.status}`),
    deadline: japanMinute(call.deadline),
    internCap: call.internCapPerCompany,
    ownApplication: ownDecision === undefined ? null : ownDecision === null ? t('list.notApplied') : t(`decision.${ownDecision}`),
  }));
  return { name: t('list.title'), columns, rows };
}

export function hostApplicationsSheet(items: readonly HostApplicationView[], forOperator: boolean, language: Language): Sheet {
  const t = (key: string) => translate(language, ns, key);
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no');
  const columns = [
    exportColumn('company', ns, 'fields.company'),
    exportColumn('industry', ns, 'fields.industry'),
    exportColumn('employeeCount', ns, 'table.size'),
    exportColumn('city', ns, 'fields.city'),
    exportColumn('positions', ns, 'fields.positions'),
    exportColumn('skills', ns, 'fields.skills'),
    exportColumn('interviewerCount', ns, 'fields.interviewerCount'),
    exportColumn('canHost', ns, 'table.canHost'),
    exportColumn('wantsToHire', ns, 'table.wantsToHire'),
    ...(forOperator ? [exportColumn('weightedScore', ns, 'table.score')] : []),
    exportColumn('decision', ns, 'table.decision'),
  ];
  const rows = items.map((a) => ({
    company: pickLocalized(a.companyName, language),
    industry: a.industry,
    employeeCount: a.employeeCount,
    city: a.city,
    positions: a.positions.join(', '),
    skills: a.skills.join(', '),
    interviewerCount: a.interviewerCount,
    canHost: yesNo(a.canHostInInternshipPeriod),
    wantsToHire: yesNo(a.wantsToHire),
    weightedScore: a.weightedScore === null ? null : Math.round(a.weightedScore * 100) / 100,
    decision: t(`decision.${a.decision}`),
  }));
  return { name: t('table.label'), columns, rows };
}
