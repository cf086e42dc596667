import { Checkbox, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationListItem } from '../../../../contracts/applications.ts';
import type { AllowedTransition } from '../../../../domain/pipeline/allowed-transitions.ts';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { FilesCell } from './files-cell.tsx';
import { MoveMenu } from './move-menu.tsx';
import { PipelineStatusBadge } from './pipeline-status-badge.tsx';
import { movesFrom, type MoverKind } from './reviewer-kind.ts';

/** Optional columns: the skills (companies), lecture attendance (the screening board). */
export type TableColumns = { skills?: boolean; attendance?: boolean };

type Props = {
  items: ApplicationListItem[];
  collegeName: (id: string) => string;
  kind: MoverKind;
  /** The program has lecture sessions (the moves through lecture attendee apply). */
  hasLectures: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  onMove: (applications: ApplicationListItem[], move: AllowedTransition) => void;
  columns?: TableColumns;
};

export function ApplicationsTable({ items, collegeName, kind, hasLectures, selected, onSelect, onMove, columns = {} }: Props) {
  const { t } = useTranslation('applications');
  const { language } = useLanguage();
  const all = items.length > 0 && items.every((a) => selected.includes(a.id));
  const toggle = (id: string) => onSelect(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <TableScroll label={t('list.table')} minWidth={(kind ? 840 : 780) + (columns.skills ? 100 : 0) + (columns.attendance ? 60 : 0)}>
      <Table aria-label={t('list.table')} striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {kind && (
              <Table.Th w={40}>
                <Checkbox aria-label={t('list.selectAll')} checked={all} indeterminate={!all && selected.length > 0} onChange={() => onSelect(all ? [] : items.map((a) => a.id))} />
              </Table.Th>
            )}
            <Table.Th>{t('list.name')}</Table.Th>
            <Table.Th>{t('list.status')}</Table.Th>
            <Table.Th>{t('list.college')}</Table.Th>
            <Table.Th>{t('fields.jlptLevel')}</Table.Th>
            {columns.skills && <Table.Th>{t('fields.skills')}</Table.Th>}
            <Table.Th>{t('files.column')}</Table.Th>
            {columns.attendance && <Table.Th>{t('board.attendance')}</Table.Th>}
            {kind && <Table.Th>{t('common:actions.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="application-row">
              {kind && (
                <Table.Td>
                  <Checkbox aria-label={t('list.select', { name: a.nameLatin })} checked={selected.includes(a.id)} onChange={() => toggle(a.id)} />
                </Table.Td>
              )}
              <Table.Td>
                <Stack gap={0}>
                  <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>{a.nameLatin}</Text>
                  <Text size="sm" lang="mn" style={{ whiteSpace: 'nowrap' }}>{a.nameCyrillic}</Text>
                  <Text size="sm" lang="ja" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{a.nameKatakana}</Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <PipelineStatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{collegeName(a.collegeId)}</Text>
                <Text size="xs" c="dimmed">{t('list.department', { department: a.department, year: a.graduationYear })}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`jlpt.${a.jlptLevel}`)}</Text>
                {a.jlptDate && <Text size="xs" c="dimmed">{formatDate(a.jlptDate, language)}</Text>}
              </Table.Td>
              {columns.skills && (
                <Table.Td>
                  <Text size="sm">{a.skills.join(', ') || '—'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <FilesCell item={a} downloads />
              </Table.Td>
              {columns.attendance && (
                <Table.Td data-testid="attendance">
                  {/* Sessions attended: filled once the donated lectures record attendance. */}
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{a.attendedSessions === null ? '—' : t('board.sessions', { count: a.attendedSessions })}</Text>
                </Table.Td>
              )}
              {kind && (
                <Table.Td>
                  <MoveMenu moves={movesFrom(a.status, kind, hasLectures)} label={t('move.action')} ariaLabel={t('move.actionFor', { name: a.nameLatin })} onPick={(m) => onMove([a], m)} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
