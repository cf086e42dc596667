// A matching's outcome as tables: each student's placement (or none) with why not a higher
// choice, and each company's seats, how many it filled and where its list was cut. The reasons
// are codes from the server, worded here in the reader's language.
import { List, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchingOutcome } from '../../../../contracts/matchings.ts';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';

type Props = { outcome: MatchingOutcome; companyName: (id: string) => string; action?: (student: MatchingOutcome['students'][number]) => ReactNode };

export function StudentResults({ outcome, companyName, action }: Props) {
  const { t } = useTranslation('matching');
  const { language } = useLanguage();
  return (
    <TableScroll label={t('result.students')} minWidth={640}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('result.student')}</Table.Th>
            <Table.Th>{t('result.placement')}</Table.Th>
            <Table.Th>{t('result.whyNotHigher')}</Table.Th>
            {action && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcome.students.map((s) => {
            const name = studentName(s.student, language);
            return (
              <Table.Tr key={s.applicationId}>
                <Table.Td>
                  <Text fw={500}>{name.primary}</Text>
                  {name.secondary && name.secondary !== name.primary && <Text size="xs" c="dimmed">{name.secondary}</Text>}
                </Table.Td>
                <Table.Td>
                  {s.organizationId ? (
                    <Stack gap={2}>
                      <Text>{companyName(s.organizationId)}</Text>
                      {s.choice !== null && <Text size="xs" c="dimmed">{t('result.choice', { n: s.choice })}</Text>}
                    </Stack>
                  ) : (
                    <StatusBadge color="gray">{t('result.unmatched')}</StatusBadge>
                  )}
                  {s.overrideReason && <Text size="xs" fs="italic">{t('result.byHand', { reason: s.overrideReason })}</Text>}
                </Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {s.notHigher.map((h) => (
                      <List.Item key={h.organizationId}>{t(`reason.${h.reason}`, { company: companyName(h.organizationId) })}</List.Item>
                    ))}
                  </List>
                </Table.Td>
                {action && <Table.Td>{action(s)}</Table.Td>}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {outcome.students.length === 0 && <Text c="dimmed" size="sm">{t('result.noStudents')}</Text>}
    </TableScroll>
  );
}

export function CompanyResults({ outcome }: { outcome: MatchingOutcome }) {
  const { t } = useTranslation('matching');
  const { language, localized } = useLanguage();
  return (
    <TableScroll label={t('result.companies')} minWidth={420}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('result.company')}</Table.Th>
            <Table.Th>{t('result.filled')}</Table.Th>
            <Table.Th>{t('result.cutoff')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcome.companies.map((c) => (
            <Table.Tr key={c.organizationId}>
              <Table.Td>{localized(c.name)}</Table.Td>
              <Table.Td>
                {t('result.filledOf', { filled: formatNumber(c.filled, language), seats: formatNumber(c.seats, language) })}
                {c.unfilledReason && <Text size="xs" c="dimmed">{t(`unfilled.${c.unfilledReason}`)}</Text>}
              </Table.Td>
              <Table.Td>{c.cutoffRank === null ? '—' : t('result.cutoffRank', { n: c.cutoffRank })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
