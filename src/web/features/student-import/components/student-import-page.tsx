// Importing a college's students into a program from a roster file (issue 4 item 4): the
// templates in three languages, a drop zone, a progress bar from the first byte sent to the
// last row written, then the summary or every problem by row and column with nothing imported.
import { Alert, Anchor, Box, Button, Group, Loader, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { STUDENT_IMPORT_FILE_LIMITS, type StudentImportResult } from '../../../../contracts/student-import.ts';
import { LANGUAGES } from '../../../../domain/shared/localized-text.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatNumber } from '../../../lib/format.ts';
import { usePermissions } from '../../../lib/session.ts';
import { paths } from '../../../paths.ts';
import { templateUrl, useImportRoster, useProgramForImport, type ImportProgressState } from '../api/student-import.api.ts';

const LIMIT_MB = STUDENT_IMPORT_FILE_LIMITS.maxFileBytes / (1024 * 1024);
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function StudentImportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('student-import');
  const { language, localized } = useLanguage();
  const permissions = usePermissions();
  const program = useProgramForImport(id);
  const roster = useImportRoster(id);
  const [file, setFile] = useState<File | null>(null);
  const [rejected, setRejected] = useState(false);
  const [chosenCollege, setChosenCollege] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  if (program.error) return <ApiErrorAlert error={program.error} />;
  if (!program.data) return <Loader aria-label={t('common:loading')} />;

  const collegeIds = permissions.rosterImportColleges(program.data);
  const colleges = program.data.participations
    .filter((p) => p.role === 'sending_college' && collegeIds.includes(p.organization.id))
    .map((p) => ({ value: p.organization.id, label: localized(p.organization.name) }));
  const operates = permissions.onProgram('update', program.data);
  // A coordinator imports for their own college; an operator (or a coordinator of several) picks one.
  const collegeId = colleges.length === 1 && !operates ? null : chosenCollege;
  const needsCollege = operates || colleges.length > 1;

  const choose = (picked: File | null | undefined) => {
    roster.reset();
    if (!picked) return;
    const readable = /\.(csv|xlsx|txt)$/i.test(picked.name) && picked.size <= STUDENT_IMPORT_FILE_LIMITS.maxFileBytes;
    setRejected(!readable);
    setFile(readable ? picked : null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const restart = () => {
    roster.reset();
    setFile(null);
  };
  const invalidRows = roster.error instanceof ApiError && roster.error.body.error.code === 'import.invalidRows' ? roster.error : null;

  return (
    <Stack maw={960}>
      <Anchor component={Link} to={paths.programApplications(id)} size="sm">
        {t('page.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('page.title')}</Title>
        <Text c="dimmed">{localized(program.data.name)}</Text>
      </Stack>
      {colleges.length === 0 ? (
        <Alert color="gray">{permissions.onProgram('update', program.data) ? t('page.noColleges') : t('page.noAccess')}</Alert>
      ) : (
        <>
          <Text>{t('page.intro')}</Text>
          <Alert color="indigo" title={t('page.consentTitle')}>
            {t('page.consentReminder')}
          </Alert>

          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('templates.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('templates.help')}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                {LANGUAGES.map((lang) => (
                  <Group key={lang} gap="sm" wrap="nowrap">
                    <Text fw={500} lang={lang} miw={72}>
                      {t(`templates.languages.${lang}`)}
                    </Text>
                    <Group gap="xs" wrap="nowrap">
                      {(['xlsx', 'csv'] as const).map((format) => (
                        <Button
                          key={format}
                          component="a"
                          href={templateUrl(id, format, lang)}
                          download
                          variant="default"
                          size="xs"
                          leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
                          aria-label={t('templates.download', { language: t(`templates.languages.${lang}`), format: format.toUpperCase() })}
                        >
                          {format.toUpperCase()}
                        </Button>
                      ))}
                    </Group>
                  </Group>
                ))}
              </SimpleGrid>
            </Stack>
          </Paper>

          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={3} size="h4">
                {t('upload.title')}
              </Title>
              {needsCollege && (
                <Select label={t('page.college')} placeholder={t('page.collegePlaceholder')} data={colleges} value={chosenCollege} onChange={setChosenCollege} required w={{ base: '100%', xs: 360 }} />
              )}
              <Paper
                component="label"
                withBorder
                p="xl"
                radius="md"
                onDragOver={(event: DragEvent) => {
                  event.preventDefault();
                  setDragging(true);
                }}
                onDragLeave={() => setDragging(false)}
                onDrop={onDrop}
                style={{ borderStyle: 'dashed', borderWidth: 2, cursor: 'pointer', background: dragging ? 'var(--mantine-color-indigo-0)' : undefined }}
                data-testid="roster-drop-zone"
              >
                <VisuallyHidden>
                  <input
                    type="file"
                    accept={ACCEPT}
                    aria-label={t('upload.drop')}
                    onChange={(event) => {
                      choose(event.currentTarget.files?.[0]);
                      event.currentTarget.value = ''; // the same file chosen again is a new choice
                    }}
                    disabled={roster.isPending}
                  />
                </VisuallyHidden>
                <Stack align="center" gap={6}>
                  <IconUpload size={32} aria-hidden color="var(--mantine-color-indigo-6)" />
                  <Text fw={500} ta="center">
                    {t('upload.drop')}
                  </Text>
                  <Text size="sm" c="dimmed" ta="center">
                    {t('upload.accepts', { limitMb: formatNumber(LIMIT_MB, language), maxRows: formatNumber(STUDENT_IMPORT_FILE_LIMITS.maxRows, language) })}
                  </Text>
                  {file && (
                    <Text size="sm" ta="center" style={{ overflowWrap: 'anywhere' }}>
                      {t('upload.selected', { name: file.name, size: fileSize(file.size, language) })}
                    </Text>
                  )}
                </Stack>
              </Paper>
              {rejected && (
                <Alert color="red" role="alert">
                  {t('upload.rejected', { limitMb: formatNumber(LIMIT_MB, language) })}
                </Alert>
              )}
              <Group>
                <Button
                  onClick={() => file && roster.mutate({ file, collegeId })}
                  disabled={!file || (needsCollege && !chosenCollege) || roster.isSuccess}
                  loading={roster.isPending}
                  leftSection={<IconUpload size={16} aria-hidden />}
                >
                  {t('upload.submit')}
                </Button>
              </Group>
              {roster.progress && <ImportProgress progress={roster.progress} />}
            </Stack>
          </Paper>

          {roster.data && <ImportSummary result={roster.data} programId={id} onAgain={restart} />}
          {invalidRows && <ImportErrors error={invalidRows} />}
          {roster.error && !invalidRows && <ApiErrorAlert error={roster.error} />}
        </>
      )}
    </Stack>
  );
}

function fileSize(bytes: number, language: string): string {
  const locale = language === 'mn' ? 'mn-MN' : language;
  return bytes < 1024 * 1024
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

function ImportProgress({ progress }: { progress: ImportProgressState }) {
  const { t } = useTranslation('student-import');
  // Sending is the first third of the bar, the server's work the rest: reading, checking, saving.
  const share = (phase: ImportProgressState['phase']) => ({ uploading: [0, 30], parsing: [30, 45], validating: [45, 60], writing: [60, 100] })[phase] as [number, number];
  const [from, to] = share(progress.phase);
  const fraction = progress.phase === 'uploading' ? progress.percent / 100 : progress.total ? progress.done / progress.total : 0.5;
  const value = Math.round(from + (to - from) * Math.min(1, fraction));
  const label = progress.phase === 'uploading' ? t('progress.uploading', { percent: progress.percent }) : t(`progress.${progress.phase}`, { done: progress.done, total: progress.total ?? '?' });
  return (
    <Stack gap={4}>
      <Progress value={value} animated aria-label={t('progress.label')} size="lg" />
      <Text size="sm" role="status" aria-live="polite">
        {label}
      </Text>
    </Stack>
  );
}

function ImportSummary({ result, programId, onAgain }: { result: StudentImportResult; programId: string; onAgain: () => void }) {
  const { t } = useTranslation('student-import');
  const { language } = useLanguage();
  const figures = [
    ['created', result.created, 'teal'],
    ['updated', result.updated, 'indigo'],
    ['unchanged', result.unchanged, 'gray'],
  ] as const;
  return (
    <Paper withBorder p="md" role="status" aria-live="polite" data-testid="import-summary">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('result.title', { total: result.total })}
        </Title>
        <SimpleGrid cols={3} spacing="sm">
          {figures.map(([key, value, color]) => (
            <Paper key={key} bg={`var(--mantine-color-${color}-0)`} p="sm" radius="md">
              <Text size="xl" fw={700} c={`${color}.8`}>
                {formatNumber(value, language)}
              </Text>
              <Text size="sm">{t(`result.${key}`)}</Text>
            </Paper>
          ))}
        </SimpleGrid>
        {result.invited > 0 && <Text size="sm">{t('result.invited', { count: result.invited })}</Text>}
        <Group>
          <Button component={Link} to={paths.programApplications(programId)} variant="light">
            {t('result.toList')}
          </Button>
          <Button variant="default" onClick={onAgain}>
            {t('result.again')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ImportErrors({ error }: { error: ApiError }) {
  const { t } = useTranslation('student-import');
  const fields = error.body.error.fields ?? [];
  return (
    <Alert color="red" title={t('errors.title')} role="alert" data-testid="import-errors">
      <Stack gap="sm">
        <Text size="sm">{error.body.error.message}</Text>
        {/* A table from a tablet up; on a phone one card a problem, so nothing scrolls sideways. */}
        <Box visibleFrom="sm">
          <TableScroll label={t('errors.count', { count: fields.length })} minWidth={520} maxHeight={480}>
            <Table withTableBorder stickyHeader bg="var(--mantine-color-body)">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={64}>{t('errors.row')}</Table.Th>
                  <Table.Th w={220}>{t('errors.column')}</Table.Th>
                  <Table.Th>{t('errors.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.map((f, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{f.at?.row ?? ''}</Table.Td>
                    <Table.Td>{f.at?.column ?? f.field}</Table.Td>
                    <Table.Td>{f.at?.problem ?? f.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Box>
        <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('errors.count', { count: fields.length })}>
          {fields.map((f, i) => (
            <Paper key={i} component="li" p="xs" radius="sm" bg="var(--mantine-color-body)" data-testid="import-error-item">
              <Text size="sm" fw={600}>
                {t('errors.row')} {f.at?.row ?? ''} · {f.at?.column ?? f.field}
              </Text>
              <Text size="sm">{f.at?.problem ?? f.message}</Text>
            </Paper>
          ))}
        </Stack>
      </Stack>
    </Alert>
  );
}
