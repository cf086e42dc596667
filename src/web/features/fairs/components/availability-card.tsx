// Who cannot come when: a company marks the slots it cannot interview in, a student those they
// cannot attend, the operators anyone's (an interpreter's too). The scheduler keeps off them.
import { Button, Card, Chip, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { useAccount } from '../../../lib/session.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useApplicants, useSetUnavailability } from '../api/fairs.api.ts';
import { clock, slotDay, slotsByDay } from './slot-time.ts';

type Party = { kind: 'company' | 'student' | 'interpreter'; id: string; label: string };

export function AvailabilityCard({ fair, interviews }: { fair: FairView; interviews: InterviewView[] }) {
  const { t } = useTranslation('fairs');
  const { language } = useLanguage();
  const parties = useParties(fair, interviews);
  const save = useSetUnavailability(fair.id);
  const [partyKey, setPartyKey] = useState<string | null>(null);
  const party = parties.find((p) => `${p.kind}:${p.id}` === partyKey) ?? parties[0];
  const [away, setAway] = useState<string[]>([]);
  useEffect(() => setAway(party ? (fair.unavailable[party.kind][party.id] ?? []) : []), [party?.kind, party?.id, fair.unavailable]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!party) return null;
  return (
    <Card withBorder component="section" aria-labelledby="fair-availability-title" className="no-print">
      <Stack>
        <Title order={3} size="h4" id="fair-availability-title">
          {t('availability.title')}
        </Title>
        <Text size="sm" c="dimmed">{t('availability.hint')}</Text>
        {parties.length > 1 && <Select label={t('availability.who')} data={parties.map((p) => ({ value: `${p.kind}:${p.id}`, label: p.label }))} value={`${party.kind}:${party.id}`} onChange={setPartyKey} allowDeselect={false} w={320} searchable comboboxProps={{ withinPortal: true }} />}
        {slotsByDay(fair.slots, fair.timeZone).map((day) => (
          <Stack key={day.day} gap={4}>
            <Text size="sm" fw={600}>{slotDay(day.slots[0]!.startsAt, fair.timeZone, language)}</Text>
            <Chip.Group multiple value={away} onChange={setAway}>
              <Group gap={6}>
                {day.slots.map((s) => (
                  <Chip key={s.id} value={s.id} size="xs" color="red" variant="outline">
                    {clock(s.startsAt, fair.timeZone)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Stack>
        ))}
        <ApiErrorAlert error={save.error} />
        <Group>
          <Button onClick={() => save.mutate({ party: { kind: party.kind, id: party.id }, slotIds: away })} loading={save.isPending}>
            {t('availability.save')}
          </Button>
          {save.isSuccess && <Text size="sm" c="teal.8" role="status">{t('availability.saved')}</Text>}
        </Group>
      </Stack>
    </Card>
  );
}

/** The parties the viewer speaks for: the operators everyone, a company itself, a student themselves. */
function useParties(fair: FairView, interviews: InterviewView[]): Party[] {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const account = useAccount();
  const own = useApplicants(fair.programId, fair.viewer === 'student');
  const companies = fair.companies.map((c) => ({ kind: 'company' as const, id: c.organizationId, label: localized(c.name) }));
  if (fair.viewer === 'company') {
    const mine = new Set((account.data?.memberships ?? []).filter((m) => m.role === 'host_company').map((m) => m.organization.id));
    return companies.filter((c) => mine.has(c.id));
  }
  if (fair.viewer === 'student') return (own.data?.items ?? []).slice(0, 1).map((a) => ({ kind: 'student', id: a.id, label: studentName(a, language).primary }));
  if (fair.viewer !== 'operator') return [];
  const students = new Map(interviews.map((i) => [i.applicationId, studentName(i.student, language).primary]));
  return [
    ...companies,
    ...[...students].map(([id, label]) => ({ kind: 'student' as const, id, label: `${t('availability.student')}: ${label}` })),
    ...fair.interpreters.map((i) => ({ kind: 'interpreter' as const, id: i.id, label: `${t('interpreter')}: ${i.name}` })),
  ];
}
