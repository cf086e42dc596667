// The companies' applications to one call, as the operator compares them: company, industry,
// size, city, positions, whether it can host and wants to hire, the weighted score and the
// decision; each row opens the application.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HostApplicationView, HostCallView } from '../../../../contracts/host-calls.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { DecisionBadge } from './badges.tsx';

type Props = { call: HostCallView; items: HostApplicationView[] };

export function HostApplicationsTable({ call, items }: Props) {
  const { t } = useTranslation('hostCalls');
  const { language, localized } = useLanguage();
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const score = (value: number | null) => (value === null ? t('table.unscored') : new Intl.NumberFormat(language === 'mn' ? 'mn-MN' : language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));
  return (
    <TableScroll label={t('table.label')} minWidth={980}>
      <Table aria-label={t('table.label')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.company')}</Table.Th>
            <Table.Th>{t('fields.industry')}</Table.Th>
            <Table.Th ta="right">{t('table.size')}</Table.Th>
            <Table.Th>{t('fields.city')}</Table.Th>
            <Table.Th>{t('fields.positions')}</Table.Th>
            <Table.Th>{t('table.canHost')}</Table.Th>
            <Table.Th>{t('table.wantsToHire')}</Table.Th>
            <Table.Th ta="right">{t('table.score')}</Table.Th>
            <Table.Th>{t('table.decision')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => {
            const name = localized(a.companyName);
            return (
              <Table.Tr key={a.id} data-testid="host-application-row">
                <Table.Td>
                  <Anchor component={Link} to={paths.programHostApplication(call.programId, a.id)} fw={600} size="sm">
                    {name || t('table.unnamed')}
                  </Anchor>
                </Table.Td>
                <Table.Td><Text size="sm">{a.industry}</Text></Table.Td>
                <Table.Td ta="right"><Text size="sm">{formatNumber(a.employeeCount, language)}</Text></Table.Td>
                <Table.Td><Text size="sm">{a.city}</Text></Table.Td>
                <Table.Td>
                  <Stack gap={0}>{a.positions.map((p) => <Text key={p} size="sm">{p}</Text>)}</Stack>
                </Table.Td>
                <Table.Td><Text size="sm">{yesNo(a.canHostInInternshipPeriod)}</Text></Table.Td>
                <Table.Td><Text size="sm">{yesNo(a.wantsToHire)}</Text></Table.Td>
                <Table.Td ta="right"><Text size="sm" fw={600} data-testid="weighted-score">{score(a.weightedScore)}</Text></Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <DecisionBadge decision={a.decision} />
                    {a.decision === 'accepted' && <Text size="xs" c="teal.9" fw={600}>{t('table.isHost')}</Text>}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
