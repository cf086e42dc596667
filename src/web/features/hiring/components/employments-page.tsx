// A program's hires (the alumni list) for its operators, and a company's own: who works where
// since when and whether they stayed, the residence steps overdue or due soon, the card's expiry,
// and the follow-up's warnings (a missed check-in, a low score, wanting to leave). Each leads to
// the hire's page.
import { Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { paths } from '../../../paths.ts';
import { useEmployments, type EmploymentList } from '../api/employments.api.ts';
import { useProgramForHiring } from '../api/hiring.api.ts';
import { RetentionBadge, WarningBadge } from './hiring-badges.tsx';
import './hiring.css';

export function EmploymentsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hiring');
  const { localized } = useLanguage();
  const program = useProgramForHiring(id);
  const list = useEmployments(id);
  const error = program.error ?? list.error;
  return (
    <Stack>
      <Group gap="md">
        <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
        <Anchor component={Link} to={paths.programHiring(id)} size="sm">{t('link.board')}</Anchor>
      </Group>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2}>{t('hires.title')}</Title>
          {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
        </Stack>
        {list.data && list.data.items.length > 0 && <DownloadMenu listPath={`/api/programs/${id}/employments`} listName={t('hires.title')} />}
      </Group>
      <Text size="sm" maw={860}>{t('hires.intro')}</Text>
      {error ? <ApiErrorAlert error={error} /> : !list.data ? <Loader aria-label={t('common:loading')} /> : <HiresTable items={list.data.items} />}
    </Stack>
  );
}

function HiresTable({ items }: { items: EmploymentList['items'] }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  if (items.length === 0) return <Text c="dimmed">{t('hires.none')}</Text>;
  return (
    <TableScroll label={t('hires.title')} minWidth={980}>
      <Table verticalSpacing="sm" aria-label={t('hires.title')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="hb-nowrap">{t('hires.employee')}</Table.Th>
            <Table.Th className="hb-nowrap">{t('hire.employer')}</Table.Th>
            <Table.Th className="hb-nowrap">{t('hire.startsOn')}</Table.Th>
            <Table.Th className="hb-nowrap">{t('retention.title')}</Table.Th>
            <Table.Th className="hb-nowrap">{t('hires.steps')}</Table.Th>
            <Table.Th className="hb-nowrap">{t('facts.residenceCardExpiresOn')}</Table.Th>
            <Table.Th className="hb-nowrap">{t('hires.warnings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => {
            const name = studentName(e.student, language);
            return (
              <Table.Tr key={e.id} data-testid="hire-row">
                <Table.Td miw={150}>
                  <Anchor component={Link} to={paths.employment(e.id)} fw={600} size="sm">{name.primary}</Anchor>
                  {name.secondary && name.secondary !== name.primary && <Text size="xs" c="dimmed">{name.secondary}</Text>}
                </Table.Td>
                <Table.Td miw={150}>{localized(e.company.name)}</Table.Td>
                <Table.Td className="hb-nowrap">{formatDate(e.startsOn, language)}</Table.Td>
                <Table.Td><RetentionBadge retention={e.retention} /></Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {e.overdueSteps > 0 && <StatusBadge color="red">{t('hires.overdue', { count: e.overdueSteps })}</StatusBadge>}
                    {e.dueSoonSteps > 0 && <StatusBadge color="orange">{t('hires.dueSoon', { count: e.dueSoonSteps })}</StatusBadge>}
                    {e.overdueSteps === 0 && e.dueSoonSteps === 0 && <Text size="sm" c="dimmed">{t('hires.onTrack')}</Text>}
                  </Group>
                </Table.Td>
                <Table.Td className="hb-nowrap">{e.residenceCardExpiresOn ? formatDate(e.residenceCardExpiresOn, language) : <Text span size="sm" c="dimmed">{t('facts.notYet')}</Text>}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {e.warnings.length === 0 ? <Text size="sm" c="dimmed">{t('hires.noWarnings')}</Text> : e.warnings.map((w) => <WarningBadge key={w} warning={w} />)}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
