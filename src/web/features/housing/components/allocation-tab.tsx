// The season's allocation, as the operators run it: the season's dates, the proposal (which
// keeps stays placed by hand and names why anyone is left out), the interns with the gender the
// same-gender rule needs and their flat, and the occupancy calendar to move stays by hand.
import { Alert, Button, Card, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HousingBoard, InternHousingView, StayView } from '../../../../contracts/housing.ts';
import { GENDERS } from '../../../../domain/housing/housing.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate, formatDateRange, formatNumber } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useUpdateArrival } from '../api/arrivals.api.ts';
import { useAllocate, useMoveStay } from '../api/housing.api.ts';
import { rangeAround } from './calendar-dates.ts';
import { OccupancyCalendar } from './occupancy-calendar.tsx';
import { StayModal } from './stay-modal.tsx';

type Opened = { stay: StayView } | { intern: InternHousingView } | null;

export function AllocationTab({ programId, board }: { programId: string; board: HousingBoard }) {
  const { t } = useTranslation('housing');
  const { language } = useLanguage();
  const allocate = useAllocate(programId);
  const [startingOver, setStartingOver] = useState(false);
  const move = useMoveStay(programId);
  const [opened, setOpened] = useState<Opened>(null);
  const [moving, setMoving] = useState<{ stayId: string; unitId: string; name: string; unit: string } | null>(null);
  const [refused, setRefused] = useState<{ name: string; unit: string; message: string } | null>(null);
  const season = board.season;
  const unplaced = allocate.data?.unplaced ?? board.unplaced;
  const beds = board.units.filter((u) => !u.archived).reduce((n, u) => n + u.capacity, 0);
  const placed = new Set(board.stays.map((s) => s.applicationId)).size;
  const range = season ? rangeAround(season.checkIn, season.checkOut) : null;
  const internOf = (applicationId: string) => board.interns.find((i) => i.applicationId === applicationId);

  const moveByDrag = (stay: StayView, unitId: string) => {
    const name = studentName(stay.occupant, language).primary;
    const unit = board.units.find((u) => u.id === unitId)?.name ?? '';
    setRefused(null);
    setMoving({ stayId: stay.id, unitId, name, unit });
    move.mutate(
      { id: stay.id, patch: { version: stay.version, unitId } },
      {
        onError: (error) => setRefused({ name, unit, message: error instanceof ApiError ? error.body.error.message : t('common:errors.network') }),
        onSettled: () => setMoving(null),
      },
    );
  };

  return (
    <Stack>
      <Card withBorder>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3}>{t('season.title')}</Title>
            {season ? (
              <>
                <Text>{t('season.internship', { dates: formatDateRange(season.internshipStart, season.internshipEnd, language) })}</Text>
                <Text size="sm" c="dimmed">{t('season.stay', { checkIn: formatDate(season.checkIn, language), checkOut: formatDate(season.checkOut, language) })}</Text>
              </>
            ) : (
              <Text c="dimmed">{t('season.none')}</Text>
            )}
            <Text size="sm">{t('season.figures', { placed: formatNumber(placed, language), interns: formatNumber(board.interns.length, language), units: formatNumber(board.units.filter((u) => !u.archived).length, language), beds: formatNumber(beds, language) })}</Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <Group gap="xs">
              {board.stays.some((st) => st.pinned) && (
                <Button variant="subtle" onClick={() => setStartingOver(true)} disabled={allocate.isPending}>
                  {t('allocate.startOver')}
                </Button>
              )}
              <Button onClick={() => allocate.mutate({ keepPinned: true })} loading={allocate.isPending} disabled={!season || board.interns.length === 0 || board.units.length === 0}>
                {t('allocate.button')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed" maw={320} ta="right">{t('allocate.hint')}</Text>
          </Stack>
        </Group>
      </Card>
      <ConfirmDialog
        opened={startingOver}
        title={t('allocate.startOverTitle')}
        message={t('allocate.startOverMessage')}
        confirmLabel={t('allocate.startOver')}
        danger
        pending={allocate.isPending}
        onConfirm={() => allocate.mutate({ keepPinned: false }, { onSettled: () => setStartingOver(false) })}
        onClose={() => setStartingOver(false)}
      />
      <ApiErrorAlert error={allocate.error} />
      {allocate.isSuccess && unplaced.length === 0 && <Alert color="teal" role="status">{t('allocate.allPlaced', { count: board.interns.length })}</Alert>}
      {unplaced.length > 0 && (
        <Alert color="yellow" className="hc-notice" title={t('allocate.unplacedTitle', { count: unplaced.length })} role="region" aria-label={t('allocate.unplacedTitle', { count: unplaced.length })}>
          <List size="sm" spacing={4}>
            {unplaced.map((u) => {
              const intern = internOf(u.applicationId);
              return (
                <List.Item key={u.applicationId}>
                  <Text span fw={600}>{intern ? studentName(intern.student, language).primary : u.applicationId}</Text> — {t(`unplaced.${u.reason}`)}{' '}
                  {intern && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setOpened({ intern })}>
                      {t('stay.placeButton')}
                    </Button>
                  )}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}
      <Title order={3}>{t('calendar.title')}</Title>
      {refused && (
        <Alert color="red" title={t('calendar.moveRefused', { name: refused.name, unit: refused.unit })} role="alert" withCloseButton closeButtonLabel={t('common:actions.close')} onClose={() => setRefused(null)}>
          {refused.message}
        </Alert>
      )}
      {range ? (
        <OccupancyCalendar label={t('calendar.title')} units={board.units.filter((u) => !u.archived)} stays={board.stays} from={range.from} to={range.to} season={season} companies={board.companies} onMove={moveByDrag} onOpen={(stay) => setOpened({ stay })} moving={moving} />
      ) : (
        <Text c="dimmed">{t('season.none')}</Text>
      )}
      <InternsTable programId={programId} board={board} onPlace={(intern) => setOpened({ intern })} />
      {/* A change that went through makes an earlier refusal stale: it no longer describes the calendar. */}
      {opened && ('stay' in opened ? <StayModal programId={programId} board={board} stay={opened.stay} onClose={() => setOpened(null)} onSaved={() => setRefused(null)} /> : <StayModal programId={programId} board={board} intern={opened.intern} onClose={() => setOpened(null)} onSaved={() => setRefused(null)} />)}
    </Stack>
  );
}

function InternsTable({ programId, board, onPlace }: { programId: string; board: HousingBoard; onPlace: (intern: InternHousingView) => void }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const update = useUpdateArrival(programId);
  const genders = [{ value: 'none', label: t('gender.none') }, ...GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))];
  if (board.interns.length === 0) return <Text c="dimmed">{t('interns.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>{t('interns.title')}</Title>
        <DownloadMenu listPath={`/api/programs/${programId}/housing`} listName={t('program.title')} />
      </Group>
      <Text size="sm" c="dimmed">{t('interns.genderHint')}</Text>
      <ApiErrorAlert error={update.error} />
      <TableScroll label={t('interns.title')} minWidth={720}>
        <Table verticalSpacing="xs" aria-label={t('interns.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('interns.name')}</Table.Th>
              <Table.Th>{t('interns.company')}</Table.Th>
              <Table.Th>{t('interns.gender')}</Table.Th>
              <Table.Th>{t('interns.flat')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {board.interns.map((intern) => {
              const names = studentName(intern.student, language);
              const stays = board.stays.filter((s) => s.applicationId === intern.applicationId);
              return (
                <Table.Tr key={intern.applicationId}>
                  <Table.Td>
                    <Text size="sm" fw={500}>{names.primary}</Text>
                    {names.secondary && <Text size="xs" c="dimmed">{names.secondary}</Text>}
                  </Table.Td>
                  <Table.Td>{localized(board.companies.find((c) => c.id === intern.companyId)?.name)}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('interns.genderOf', { name: names.primary })}
                      data={genders}
                      value={intern.gender ?? 'none'}
                      allowDeselect={false}
                      w={150}
                      size="xs"
                      disabled={update.isPending}
                      onChange={(v) => update.mutate({ applicationId: intern.applicationId, patch: { version: intern.arrivalVersion, gender: v === 'female' || v === 'male' ? v : null } })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {stays.length > 0 ? (
                      stays.map((s) => (
                        <Text key={s.id} size="sm">
                          {board.units.find((u) => u.id === s.unitId)?.name} · {formatDateRange(s.checkIn, s.checkOut, language)}
                        </Text>
                      ))
                    ) : (
                      <Group gap="xs">
                        <Text size="sm" c="red.9">{t('interns.notPlaced')}</Text>
                        <Button size="compact-xs" variant="light" onClick={() => onPlace(intern)}>{t('stay.placeButton')}</Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
