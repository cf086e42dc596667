import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';
import { PersonCell } from './person-cell.tsx';
import { sameRow, type ClassListRow } from './parse-class-list.ts';

type Props = {
  rows: ClassListRow[];
  /** The rows as last sent: the server's messages hold only while a row is unchanged. */
  sent: ClassListRow[];
  serverMessages: Map<number, string[]>;
};

/**
 * The class list as read, one student a row. What is wrong with a row is written on a line of
 * its own under it, so it stays in sight on a phone.
 */
export function ClassListPreview({ rows, sent, serverMessages }: Props) {
  const { t } = useTranslation('people');
  const { language } = useLanguage();
  return (
    <TableScroll label={t('classList.preview')} minWidth={320} maxHeight={360}>
      <Table verticalSpacing={6} aria-label={t('classList.preview')} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t('fields.person')}</Table.Th>
            <Table.Th>{t('classList.language')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const messages = row.problem ? [t(`classList.problems.${row.problem}`)] : sameRow(row, sent[index]) ? (serverMessages.get(index) ?? []) : [];
            const bad = messages.length > 0;
            return (
              <Fragment key={index}>
                <Table.Tr data-testid="class-list-row" data-invalid={bad || undefined} bg={bad ? 'red.0' : undefined} style={bad ? { borderBottom: 'none' } : undefined}>
                  <Table.Td>{formatNumber(index + 1, language)}</Table.Td>
                  <Table.Td>
                    <PersonCell name={row.name || '—'} email={row.email || '—'} />
                  </Table.Td>
                  <Table.Td>{t(`common:language.names.${row.language}`)}</Table.Td>
                </Table.Tr>
                {bad && (
                  <Table.Tr bg="red.0" data-testid="class-list-problem" data-row={index}>
                    <Table.Td />
                    <Table.Td colSpan={2} pt={0}>
                      {messages.map((m) => (
                        <Text key={m} size="sm" c="red.9">
                          {m}
                        </Text>
                      ))}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
