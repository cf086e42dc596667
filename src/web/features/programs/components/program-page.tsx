import { Anchor, Breadcrumbs, Button, Card, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { REPORTED_FIGURE_KEYS } from '../../../../domain/programs/program.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatFiscalYear, formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useArchiveProgram, useProgram } from '../api/programs.api.ts';
import { useAccount, usePermissions } from '../../../lib/session.ts';
import { CohortsCard } from './cohorts-card.tsx';
import { ParticipationsCard } from './participations-card.tsx';
import { PhasesTable } from './phases-table.tsx';
import { ProgramFormModal } from './program-form-modal.tsx';
import { ProgramStatusBadge } from './program-status-badge.tsx';
import { ProgramTimeline } from './program-timeline.tsx';

export function ProgramPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('programs');
  const program = useProgram(id);
  if (program.isPending) return <Loader aria-label={t('common:loading')} />;
  if (program.error) return <ApiErrorAlert error={program.error} />;
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to={paths.programs}>{t('list.title')}</Anchor>
        <Text>{t('detail.breadcrumb')}</Text>
      </Breadcrumbs>
      <ProgramHeader program={program.data} />
      <KeyFigures program={program.data} />
      <Card withBorder>
        <Title order={3} mb="sm">{t('timeline.title')}</Title>
        <ProgramTimeline fiscalYear={program.data.fiscalYear} phases={program.data.phases} />
      </Card>
      <PhasesTable program={program.data} />
      <CohortsCard program={program.data} />
      <ParticipationsCard program={program.data} />
    </Stack>
  );
}

function ProgramHeader({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation('programs');
  const { language, localized } = useLanguage();
  const [editing, setEditing] = useState(false);
  const archive = useArchiveProgram(program.id);
  const archived = program.archivedAt !== null;
  const permissions = usePermissions();
  const housingLink = useHousingLink(program);
  const internshipLinks = useInternshipLinks(program);
  const hiringLinks = useHiringLinks(program);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 280 }}>
          <Group gap="xs">
            <Text fw={600} c="indigo.8">{formatFiscalYear(program.fiscalYear, language)}</Text>
            <ProgramStatusBadge startDate={program.startDate} endDate={program.endDate} archived={archived} />
          </Group>
          <Title order={2}>{localized(program.name)}</Title>
          <Text c="dimmed">{t('detail.operatedBy', { operator: localized(program.operator.name) })}</Text>
        </Stack>
        <Group>
          {permissions.applicationRole(program) && (
            <Button component={Link} to={permissions.applicationRole(program) === 'student' ? paths.programApply(program.id) : paths.programApplications(program.id)} variant="light">
              {permissions.applicationRole(program) === 'student' ? t('applications:link.apply') : t('applications:link.list')}
            </Button>
          )}
          {permissions.onProgram('readPublic', program) && (
            <Button component={Link} to={paths.programLectures(program.id)} variant="light">
              {t('lectures:link')}
            </Button>
          )}
          {permissions.onProgram('readPublic', program) && (
            <Button component={Link} to={paths.programFairs(program.id)} variant="light">
              {t('fairs:link')}
            </Button>
          )}
          {permissions.onProgram('readPublic', program) && (
            <Button component={Link} to={paths.programMatchings(program.id)} variant="light">
              {t('matching:link')}
            </Button>
          )}
          {housingLink && (
            <Button component={Link} to={housingLink.to} variant="light">
              {t(housingLink.label)}
            </Button>
          )}
          {internshipLinks.map((link) => (
            <Button key={link.label} component={Link} to={link.to} variant="light">
              {t(link.label)}
            </Button>
          ))}
          {hiringLinks.map((link) => (
            <Button key={link.label} component={Link} to={link.to} variant="light">
              {t(link.label)}
            </Button>
          ))}
          {permissions.rosterImportColleges(program).length > 0 && !permissions.onProgram('update', program) && (
            <Button component={Link} to={paths.programImport(program.id)} variant="light">
              {t('student-import:link.import')}
            </Button>
          )}
          {permissions.reportsViewer(program) && (
            <Button component={Link} to={paths.programReports(program.id)} variant="light">
              {t('reports:openReports')}
            </Button>
          )}
          {permissions.onProgram('update', program) && (
            <Button component={Link} to={paths.programHostCall(program.id)} variant="light">
              {t('hostCalls:link.manage')}
            </Button>
          )}
          {permissions.onProgram('update', program) && <Button variant="default" onClick={() => setEditing(true)}>{t('common:actions.edit')}</Button>}
          {permissions.onProgram('archive', program) && (
            <Button variant="subtle" color={archived ? 'indigo' : 'red'} loading={archive.isPending} onClick={() => archive.mutate({ version: program.version, archived: !archived })}>
              {archived ? t('common:actions.restore') : t('common:actions.archive')}
            </Button>
          )}
        </Group>
      </Group>
      <ApiErrorAlert error={archive.error} />
      {program.summary && <Text maw={900}>{localized(program.summary)}</Text>}
      <ProgramFormModal opened={editing} onClose={() => setEditing(false)} program={program} />
    </Stack>
  );
}

/**
 * Where the program's housing is for this person: its operators run it, a student sees their own
 * flat, a host company asks for flats for its hires, the housing partner sees its units' occupancy,
 * a sending college's coordinator follows its students' arrival checklists.
 */
function useHousingLink(program: ProgramDetail): { to: string; label: string } | null {
  const permissions = usePermissions();
  const memberships = useAccount().data?.memberships ?? [];
  const takesPartAs = (role: string, membershipRole: string) =>
    program.participations.some((p) => p.role === role && memberships.some((m) => m.organization.id === p.organization.id && m.role === membershipRole));
  if (permissions.onProgram('update', program)) return { to: paths.programHousing(program.id), label: 'housing:link.manage' };
  if (permissions.applicationRole(program) === 'student') return { to: paths.programMyHousing(program.id), label: 'housing:link.mine' };
  if (takesPartAs('host_company', 'host_company')) return { to: paths.programHousingRequests(program.id), label: 'housing:link.requests' };
  if (takesPartAs('housing_partner', 'housing_partner')) return { to: paths.housing, label: 'housing:link.partner' };
  if (takesPartAs('sending_college', 'college_coordinator')) return { to: paths.programArrivals(program.id), label: 'housing:link.arrivals' };
  return null;
}

/**
 * The internship and its final report meeting, once the program has an internship phase: its
 * operators, host companies and sending colleges follow the interns, a student opens their own
 * plan; everyone in the program sees the meeting's running order.
 */
function useInternshipLinks(program: ProgramDetail): { to: string; label: string }[] {
  const permissions = usePermissions();
  const memberships = useAccount().data?.memberships ?? [];
  if (!program.phases.some((p) => p.kind === 'internship') || !permissions.onProgram('readPublic', program)) return [];
  const follows =
    permissions.onProgram('update', program) ||
    program.participations.some((p) => (p.role === 'host_company' || p.role === 'sending_college') && memberships.some((m) => m.organization.id === p.organization.id && (m.role === 'host_company' || m.role === 'college_coordinator')));
  const own = permissions.applicationRole(program) === 'student' ? [{ to: paths.internship, label: 'internship:link.mine' }] : [];
  const hosts = program.participations.some((p) => p.role === 'host_company' && memberships.some((m) => m.organization.id === p.organization.id && m.role === 'host_company'));
  const readiness = permissions.onProgram('update', program) || hosts ? [{ to: paths.programReadiness(program.id), label: 'readiness:link' }] : [];
  return [...(follows ? [{ to: paths.programInternship(program.id), label: 'internship:link.interns' }] : own), { to: paths.programReportMeeting(program.id), label: 'internship:link.meeting' }, ...readiness];
}

/**
 * Hiring after the internship, once the program has one: its operators and host companies see
 * the board of applications and offers and the hires; a student their own applications; a
 * sending college its students' applications.
 */
function useHiringLinks(program: ProgramDetail): { to: string; label: string }[] {
  const permissions = usePermissions();
  const memberships = useAccount().data?.memberships ?? [];
  if (!program.phases.some((p) => p.kind === 'internship') || !permissions.onProgram('readPublic', program)) return [];
  const takesPartAs = (role: string, membershipRole: string) =>
    program.participations.some((p) => p.role === role && memberships.some((m) => m.organization.id === p.organization.id && m.role === membershipRole));
  if (permissions.onProgram('update', program) || takesPartAs('host_company', 'host_company')) {
    return [{ to: paths.programHiring(program.id), label: 'hiring:link.board' }, { to: paths.programEmployments(program.id), label: 'hiring:link.hires' }];
  }
  if (permissions.applicationRole(program) === 'student') return [{ to: paths.programHiring(program.id), label: 'hiring:link.mine' }];
  if (takesPartAs('sending_college', 'college_coordinator')) return [{ to: paths.programHiring(program.id), label: 'hiring:link.board' }];
  return [];
}

function KeyFigures({ program }: { program: ProgramDetail }) {
  const { t } = useTranslation('programs');
  const { language } = useLanguage();
  const figures: { key: string; label: string; value: number }[] = [];
  if (program.internCapPerCompany !== null) figures.push({ key: 'cap', label: t('fields.internCapPerCompany'), value: program.internCapPerCompany });
  if (program.plannedInterns !== null) figures.push({ key: 'planned', label: t('fields.plannedInterns'), value: program.plannedInterns });
  figures.push({ key: 'hosts', label: t('fields.hostCompanies'), value: program.hostCompanyCount });
  const reported = REPORTED_FIGURE_KEYS.filter((k) => program.reportedFigures?.[k] !== undefined);
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }}>
        {figures.map((f) => <Figure key={f.key} label={f.label} value={formatNumber(f.value, language)} />)}
      </SimpleGrid>
      {reported.length > 0 && (
        <>
          <Title order={3} size="h5" mt="xs">{t('figures.reportedTitle')}</Title>
          <SimpleGrid cols={{ base: 2, sm: 4, md: 8 }} data-testid="reported-figures">
            {reported.map((k) => <Figure key={k} label={t(`figures.${k}`)} value={formatNumber(program.reportedFigures![k]!, language)} />)}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" lh={1.3}>{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
    </Paper>
  );
}
