// A program's donated lectures: its courses, their sessions as a compact timetable by day, the
// attendance rule, and the attendance totals per student. Operators create and edit, open a
// session's tick list and QR screen; everyone else who sees the program reads the timetable;
// a student finds their own attendance from here.
import { Anchor, Badge, Box, Button, Card, Group, Loader, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CourseView, ModuleView, ProgramLectures, SessionView } from '../../../../contracts/lectures.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { fieldErrorsOf, numberOrNull } from '../../../components/ui/form-errors.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { useAttendanceTotals, useProgramForLectures, useProgramLectures, useSaveRule } from '../api/lectures.api.ts';
import { CourseFormModal } from './course-form-modal.tsx';
import { CurriculumFormModal } from './curriculum-forms.tsx';
import { SessionFormModal } from './session-form-modal.tsx';
import { byDay, endTime } from './time.ts';

export function LecturesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('lectures');
  const { localized } = useLanguage();
  const permissions = usePermissions();
  const program = useProgramForLectures(id);
  const lectures = useProgramLectures(id);
  const role = program.data ? permissions.applicationRole(program.data) : null;
  const operates = program.data ? permissions.onProgram('update', program.data) : false;
  const totals = useAttendanceTotals(id, role === 'reviewer');
  const [courseForm, setCourseForm] = useState<{ course: CourseView | null } | null>(null);
  const [sessionForm, setSessionForm] = useState<{ course: CourseView; session: SessionView | null } | null>(null);
  const [curriculumForm, setCurriculumForm] = useState<{ course: CourseView; module?: ModuleView } | null>(null);
  const error = program.error ?? lectures.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!program.data || !lectures.data) return <Loader aria-label={t('common:loading')} />;
  const { courses } = lectures.data;
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">
        {t('back')}
      </Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed">{localized(program.data.name)}</Text>
        </Stack>
        <Group>
          {role === 'student' && (
            <Button component={Link} to={paths.programMyAttendance(id)} variant="light">
              {t('mine.link')}
            </Button>
          )}
          {operates && <Button onClick={() => setCourseForm({ course: null })}>{t('course.add')}</Button>}
        </Group>
      </Group>
      {operates && <RuleCard programId={id} rule={lectures.data.rule} />}
      {courses.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      {courses.map((course) => (
        <CourseCard
          key={course.id}
          course={course}
          operates={operates}
          onEdit={() => setCourseForm({ course })}
          onAddSession={() => setSessionForm({ course, session: null })}
          onAddModule={() => setCurriculumForm({ course })}
          onAddMaterial={(module) => setCurriculumForm({ course, module })}
        />
      ))}
      {courses.some((c) => c.sessions.length > 0) && <Timetable courses={courses} operates={operates} onEdit={(course, session) => setSessionForm({ course, session })} />}
      {role === 'reviewer' && totals.data && <Totals programId={id} data={totals.data} />}
      <ApiErrorAlert error={totals.error} />
      {courseForm && <CourseFormModal program={program.data} course={courseForm.course} opened onClose={() => setCourseForm(null)} />}
      {curriculumForm && (
        <CurriculumFormModal programId={id} target={curriculumForm.module ? { course: curriculumForm.course, module: curriculumForm.module } : { course: curriculumForm.course }} onClose={() => setCurriculumForm(null)} />
      )}
      {sessionForm && <SessionFormModal programId={id} course={sessionForm.course} session={sessionForm.session} opened onClose={() => setSessionForm(null)} />}
    </Stack>
  );
}

type CourseCardProps = {
  course: CourseView;
  operates: boolean;
  onEdit: () => void;
  onAddSession: () => void;
  onAddModule: () => void;
  onAddMaterial: (module: ModuleView) => void;
};

function CourseCard({ course, operates, onEdit, onAddSession, onAddModule, onAddMaterial }: CourseCardProps) {
  const { t } = useTranslation('lectures');
  const { localized } = useLanguage();
  return (
    <Card withBorder padding="md" component="section" aria-label={localized(course.title)}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3} size="h4">
            {localized(course.title)}
          </Title>
          <Text size="sm" c="dimmed">
            {t('course.summary', { giver: localized(course.givingOrganization.name), language: t(`common:language.names.${course.language}`), count: course.sessions.length })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {t(`kinds.${course.kind}`)}
          </Badge>
          {operates && (
            <>
              <Button size="xs" variant="default" onClick={onEdit}>
                {t('common:actions.edit')}
              </Button>
              <Button size="xs" variant="light" onClick={onAddSession}>
                {t('session.add')}
              </Button>
              {course.kind === 'curriculum' && (
                <Button size="xs" variant="light" onClick={onAddModule}>
                  {t('curriculum.addModule')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Group>
      {course.modules.length > 0 && (
        <Stack gap={6} mt="sm" component="ol" pl="md" m={0}>
          {course.modules.map((m) => (
            <li key={m.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {localized(m.title)}
                </Text>
                {operates && (
                  <Button size="compact-xs" variant="subtle" onClick={() => onAddMaterial(m)} aria-label={t('curriculum.addMaterialTo', { module: localized(m.title) })}>
                    {t('curriculum.addMaterial')}
                  </Button>
                )}
              </Group>
              {m.materials.map((x) => (
                <Text key={x.id} size="sm">
                  <Anchor href={x.url} target="_blank" rel="noopener noreferrer">
                    {localized(x.title)}
                  </Anchor>{' '}
                  <Text span size="xs" c="dimmed">
                    {t(`materialKinds.${x.kind}`)}
                  </Text>
                </Text>
              ))}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** Every session of every course, one compact table per day. */
function Timetable({ courses, operates, onEdit }: { courses: CourseView[]; operates: boolean; onEdit: (course: CourseView, session: SessionView) => void }) {
  const { t } = useTranslation('lectures');
  const { language, localized } = useLanguage();
  const rows = courses.flatMap((course) => course.sessions.map((session) => ({ course, session, date: session.date })));
  const days = byDay(rows).map((day) => ({ ...day, items: day.items.sort((a, b) => a.session.startTime.localeCompare(b.session.startTime)) }));
  return (
    <Stack gap="sm" component="section" aria-label={t('timetable.title')}>
      <Title order={3} size="h4">
        {t('timetable.title')}
      </Title>
      {days.map((day, index) => (
        <Stack key={day.date} gap={4}>
          <Text fw={600}>{t('timetable.day', { n: index + 1, date: formatDate(day.date, language), count: day.items.length })}</Text>
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} hiddenFrom="sm">
            {day.items.map(({ course, session }) => (
              <Paper key={session.id} component="li" withBorder px="sm" py={6}>
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={600}>
                      {session.startTime}–{endTime(session.startTime, session.durationMinutes)} {localized(course.title)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[session.venue, session.room, session.instructorName].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                  {operates && <Text size="sm">{t('timetable.attendedOf', { attended: session.attendedCount, roster: session.rosterCount })}</Text>}
                </Group>
                {operates && (
                  <Group gap={6} mt={6} grow>
                    <Button size="sm" component={Link} to={paths.sessionAttendance(session.id)}>
                      {t('timetable.tick')}
                    </Button>
                    <Button size="sm" variant="light" component={Link} to={paths.sessionQr(session.id)}>
                      {t('timetable.qr')}
                    </Button>
                    <Button size="sm" variant="default" onClick={() => onEdit(course, session)} aria-label={t('session.editLabel', { time: session.startTime, date: formatDate(session.date, language) })}>
                      {t('common:actions.edit')}
                    </Button>
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
          <Box visibleFrom="sm">
          <TableScroll label={formatDate(day.date, language)} minWidth={operates ? 760 : 560}>
            <Table striped verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('timetable.time')}</Table.Th>
                  <Table.Th>{t('timetable.course')}</Table.Th>
                  <Table.Th>{t('timetable.place')}</Table.Th>
                  <Table.Th>{t('session.instructor')}</Table.Th>
                  {operates && <Table.Th>{t('timetable.attended')}</Table.Th>}
                  {operates && <Table.Th>{t('timetable.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {day.items.map(({ course, session }) => (
                  <Table.Tr key={session.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {session.startTime}–{endTime(session.startTime, session.durationMinutes)}
                    </Table.Td>
                    <Table.Td>{localized(course.title)}</Table.Td>
                    <Table.Td>{[session.venue, session.room].filter(Boolean).join(' · ') || '—'}</Table.Td>
                    <Table.Td>{session.instructorName ?? '—'}</Table.Td>
                    {operates && <Table.Td>{t('timetable.attendedOf', { attended: session.attendedCount, roster: session.rosterCount })}</Table.Td>}
                    {operates && (
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Button size="compact-sm" component={Link} to={paths.sessionAttendance(session.id)}>
                            {t('timetable.tick')}
                          </Button>
                          <Button size="compact-sm" variant="light" component={Link} to={paths.sessionQr(session.id)}>
                            {t('timetable.qr')}
                          </Button>
                          <Button size="compact-sm" variant="default" onClick={() => onEdit(course, session)} aria-label={t('session.editLabel', { time: session.startTime, date: formatDate(session.date, language) })}>
                            {t('common:actions.edit')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          </Box>
        </Stack>
      ))}
    </Stack>
  );
}

function RuleCard({ programId, rule }: { programId: string; rule: ProgramLectures['rule'] }) {
  const { t } = useTranslation('lectures');
  const save = useSaveRule(programId);
  const [minimum, setMinimum] = useState<number | string>(rule?.minimumSessions ?? '');
  const [late, setLate] = useState<number | string>(rule?.lateAfterMinutes ?? 10);
  useEffect(() => {
    setMinimum(rule?.minimumSessions ?? '');
    setLate(rule?.lateAfterMinutes ?? 10);
  }, [rule]);
  const errors = fieldErrorsOf(save.error);
  return (
    <Card withBorder padding="md" component="section" aria-label={t('rule.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ minimumSessions: numberOrNull(minimum) ?? -1, lateAfterMinutes: numberOrNull(late) ?? 10, version: rule?.version ?? null });
        }}
        noValidate
      >
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('rule.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {rule ? t('rule.current', { count: rule.minimumSessions }) : t('rule.none')}
          </Text>
          <Group align="flex-end">
            <NumberInput label={t('rule.minimum')} min={0} max={1000} value={minimum} onChange={setMinimum} error={errors.minimumSessions} w={{ base: '100%', xs: 220 }} />
            <NumberInput label={t('rule.lateAfter')} min={0} max={600} value={late} onChange={setLate} error={errors.lateAfterMinutes} w={{ base: '100%', xs: 220 }} />
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
          {save.error && Object.keys(errors).length === 0 && <ApiErrorAlert error={save.error} />}
        </Stack>
      </form>
    </Card>
  );
}

function Totals({ programId, data }: { programId: string; data: NonNullable<ReturnType<typeof useAttendanceTotals>['data']> }) {
  const { t } = useTranslation('lectures');
  if (data.items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label={t('totals.title')}>
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('totals.title')}
        </Title>
        <DownloadMenu listPath={`/api/programs/${programId}/attendance`} listName={t('totals.title')} />
      </Group>
      <Text size="sm" c="dimmed">
        {data.rule ? t('totals.ruleLine', { minimum: data.rule.minimumSessions, total: data.totalSessions }) : t('totals.noRule', { total: data.totalSessions })}
      </Text>
      <TableScroll label={t('totals.title')} minWidth={640}>
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('totals.name')}</Table.Th>
              <Table.Th>{t('totals.attended')}</Table.Th>
              <Table.Th>{t('status.present')}</Table.Th>
              <Table.Th>{t('status.late')}</Table.Th>
              <Table.Th>{t('status.absent')}</Table.Th>
              <Table.Th>{t('totals.eligible')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((item) => (
              <Table.Tr key={item.applicationId}>
                <Table.Td>
                  <Text size="sm">{item.nameLatin}</Text>
                  <Text size="xs" c="dimmed" lang="mn">
                    {item.nameCyrillic}
                  </Text>
                </Table.Td>
                <Table.Td>{item.attended}</Table.Td>
                <Table.Td>{item.present}</Table.Td>
                <Table.Td>{item.late}</Table.Td>
                <Table.Td>{item.absent}</Table.Td>
                <Table.Td>{item.eligible === null ? '—' : <StatusBadge color={item.eligible ? 'teal' : 'gray'}>{item.eligible ? t('totals.yes') : t('totals.no')}</StatusBadge>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

