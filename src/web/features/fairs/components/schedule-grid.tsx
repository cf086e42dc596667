// The timetable as a grid: a row per company room, a column per slot (grouped by day; venue time
// above Japan time). Operators drag an interview to another cell, or open it to pick a slot and
// room with the keyboard; the server refuses a move that breaks a rule and the grid says which.
// Cells the company cannot make are hatched; pinned interviews show a pin.
import { ActionIcon, Button, Group, Modal, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconLanguage, IconPin, IconPinnedOff } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { StatusBadge } from '../../../components/ui/status-badge.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useMove, usePin } from '../api/fairs.api.ts';
import { clock, differsFromJapan, JAPAN, slotDay, slotsByDay, zoneLabel } from './slot-time.ts';

type Props = { fair: FairView; interviews: InterviewView[]; operates: boolean };

export const roomLabel = (fair: FairView, companyId: string, room: number, t: TFunction<'fairs'>) =>
  fair.companies.find((c) => c.organizationId === companyId)?.roomNames[room] || t('grid.room', { number: room + 1 });

export function ScheduleGrid({ fair, interviews, operates }: Props) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const move = useMove(fair.id);
  const pin = usePin(fair.id);
  const [opened, setOpened] = useState<InterviewView | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const at = new Map(interviews.filter((i) => i.slotId).map((i) => [`${i.slotId}|${i.organizationId}|${i.room}`, i]));
  const rows = fair.companies.flatMap((company) => Array.from({ length: company.rooms }, (_, room) => ({ company, room })));
  const days = slotsByDay(fair.slots, fair.timeZone);
  const showJapan = fair.slots.some((s) => differsFromJapan(fair.timeZone, s.startsAt));
  const blocked = (companyId: string, slotId: string) => (fair.unavailable.company[companyId] ?? []).includes(slotId);

  const drop = (event: DragEvent, slotId: string, room: number) => {
    event.preventDefault();
    setOver(null);
    const interview = interviews.find((i) => i.id === event.dataTransfer.getData('text/plain'));
    if (interview) move.mutate({ id: interview.id, input: { version: interview.version, slotId, room, pin: true } });
  };
  const name = (i: InterviewView) => studentName(i.student, language).primary;

  return (
    <Stack gap="xs">
      <ApiErrorAlert error={move.error ?? pin.error} />
      <div className="fair-grid-scroll" role="region" aria-label={t('grid.label')} tabIndex={0}>
        <table className="fair-grid">
          <thead>
            <tr>
              <td className="fair-grid-corner" />
              {days.map((d) => (
                <th key={d.day} colSpan={d.slots.length} scope="colgroup">
                  {slotDay(d.slots[0]!.startsAt, fair.timeZone, language)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className="fair-grid-corner">
                {t('grid.companyRoom')}
              </th>
              {fair.slots.map((s) => (
                <th key={s.id} scope="col" className="fair-grid-time">
                  <span>{clock(s.startsAt, fair.timeZone)}</span>
                  {showJapan && <span className="fair-grid-jst">{clock(s.startsAt, JAPAN)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ company, room }) => (
              <tr key={`${company.organizationId}|${room}`}>
                <th scope="row" className="fair-grid-row">
                  <span className="fair-grid-company">{localized(company.name)}</span>
                  <span className="fair-grid-room">{roomLabel(fair, company.organizationId, room, t)}</span>
                </th>
                {fair.slots.map((slot) => {
                  const key = `${slot.id}|${company.organizationId}|${room}`;
                  const interview = at.get(key);
                  const cellLabel = t('grid.cell', { company: localized(company.name), room: roomLabel(fair, company.organizationId, room, t), time: clock(slot.startsAt, fair.timeZone) });
                  return (
                    <td
                      key={slot.id}
                      aria-label={cellLabel}
                      className={['fair-grid-cell', blocked(company.organizationId, slot.id) ? 'is-blocked' : '', over === key ? 'is-over' : ''].join(' ')}
                      title={blocked(company.organizationId, slot.id) ? t('grid.companyAway') : undefined}
                      onDragOver={operates ? (e) => e.preventDefault() : undefined}
                      onDragEnter={operates ? () => setOver(key) : undefined}
                      onDragLeave={operates ? () => setOver((o) => (o === key ? null : o)) : undefined}
                      onDrop={operates ? (e) => drop(e, slot.id, room) : undefined}
                    >
                      {interview && (
                        <button
                          type="button"
                          className={`fair-grid-card${interview.pinned ? ' is-pinned' : ''}`}
                          draggable={operates}
                          onDragStart={(e) => e.dataTransfer.setData('text/plain', interview.id)}
                          onClick={() => setOpened(interview)}
                          aria-label={t('grid.card', { student: name(interview), time: clock(slot.startsAt, fair.timeZone) })}
                          data-testid="grid-interview"
                        >
                          <span className="fair-grid-name">{name(interview)}</span>
                          <span className="fair-grid-icons">
                            {interview.needsInterpreter && <IconLanguage size={14} aria-label={t('interpreter')} />}
                            {interview.pinned && <IconPin size={14} aria-label={t('grid.pinned')} />}
                          </span>
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text size="xs" c="dimmed">
        {showJapan ? t('grid.zones', { venue: zoneLabel(fair.timeZone), japan: zoneLabel(JAPAN) }) : t('grid.zone', { venue: zoneLabel(fair.timeZone) })}
        {operates && ` ${t('grid.dragHint')}`}
      </Text>
      {opened && <MoveModal fair={fair} interview={opened} operates={operates} onClose={() => setOpened(null)} onMove={(slotId, room) => move.mutate({ id: opened.id, input: { version: opened.version, slotId, room, pin: true } }, { onSuccess: () => setOpened(null) })} onPin={(pinned) => pin.mutate({ id: opened.id, version: opened.version, pinned }, { onSuccess: () => setOpened(null) })} pending={move.isPending || pin.isPending} error={move.error ?? pin.error} />}
    </Stack>
  );
}

type MoveModalProps = {
  fair: FairView;
  interview: InterviewView;
  operates: boolean;
  onClose: () => void;
  onMove: (slotId: string, room: number) => void;
  onPin: (pinned: boolean) => void;
  pending: boolean;
  error: unknown;
};

/** One interview: who, when, where; operators move it with selects (the keyboard way) and pin or unpin it. */
export function MoveModal({ fair, interview, operates, onClose, onMove, onPin, pending, error }: MoveModalProps) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const rooms = fair.companies.find((c) => c.organizationId === interview.organizationId)?.rooms ?? 1;
  const [slotId, setSlotId] = useState<string | null>(interview.slotId);
  const [room, setRoom] = useState<string | null>(String(interview.room ?? 0));
  const names = studentName(interview.student, language);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={names.primary}>
      <Stack>
        {names.secondary && <Text size="sm" c="dimmed">{names.secondary}</Text>}
        <Group gap="xs">
          <StatusBadge color="indigo">{localized(interview.companyName)}</StatusBadge>
          {interview.needsInterpreter && <StatusBadge color="grape">{t('interpreter')}</StatusBadge>}
          {interview.pinned && <StatusBadge color="orange">{t('grid.pinned')}</StatusBadge>}
        </Group>
        <ApiErrorAlert error={error} />
        {operates && (
          <>
            <Select
              label={t('grid.slot')}
              data={fair.slots.map((s) => ({ value: s.id, label: `${slotDay(s.startsAt, fair.timeZone, language)} ${clock(s.startsAt, fair.timeZone)}` }))}
              value={slotId}
              onChange={setSlotId}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Select label={t('grid.roomLabel')} data={Array.from({ length: rooms }, (_, r) => ({ value: String(r), label: roomLabel(fair, interview.organizationId, r, t) }))} value={room} onChange={setRoom} allowDeselect={false} comboboxProps={{ withinPortal: true }} />
            <Group justify="space-between">
              {interview.slotId && (
                <Tooltip label={interview.pinned ? t('grid.unpinHint') : t('grid.pinHint')}>
                  <ActionIcon variant="light" size="lg" aria-label={interview.pinned ? t('grid.unpin') : t('grid.pin')} onClick={() => onPin(!interview.pinned)} loading={pending}>
                    {interview.pinned ? <IconPinnedOff size={18} /> : <IconPin size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
              <Button onClick={() => slotId && room !== null && onMove(slotId, Number(room))} loading={pending} disabled={!slotId}>
                {t('grid.move')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
