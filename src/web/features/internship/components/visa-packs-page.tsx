// The operators' page of short-stay visa packs (issue 8 item 5): every intern of the program
// with their newest pack — when it was issued, how long the embassy takes it, whether it will
// still be good on the planned application day — the downloads, earlier packs, and what must be
// recorded before a pack can be issued.
import { Anchor, Button, Card, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { VisaPackIntern, VisaPackView } from '../../../../contracts/visa-packs.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { TableScroll } from '../../../components/ui/table-scroll.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateRange } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useProgramForInternship } from '../api/internship.api.ts';
import { useSetPlannedApplication, useVisaPackOverview, visaPackPdfUrl } from '../api/visa-packs.api.ts';
import { StudentNameText } from './student-name.tsx';
import { ValidityBar, VisaPackDownloads, VisaPackGaps, VisaPackStatus } from './visa-pack-parts.tsx';
import { VisaPackIssueModal } from './visa-pack-issue-modal.tsx';
import { WriteError } from './write-error.tsx';
import './internship.css';

export function VisaPacksPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('internship');
  const { localized } = useLanguage();
  const program = useProgramForInternship(id);
  const overview = useVisaPackOverview(id);
  const [issuing, setIssuing] = useState<VisaPackIntern | null>(null);
  const data = overview.data;
  return (
    <Stack>
      <Anchor component={Link} to={paths.programInternship(id)} size="sm">{t('plan.backToOverview')}</Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('visaPacks.title')}</Title>
        {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
        <Text size="sm" maw={760}>{t('visaPacks.intro')}</Text>
      </Stack>
      {overview.error ? (
        <ApiErrorAlert error={overview.error} />
      ) : !data ? (
        <Loader aria-label={t('common:loading')} />
      ) : data.interns.length === 0 ? (
        <Card withBorder><Text>{t('visaPacks.empty')}</Text></Card>
      ) : (
        <Card withBorder>
          <ProgramGaps interns={data.interns} />
          <TableScroll label={t('visaPacks.tableLabel')} minWidth={960}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  {['overview.student', 'overview.company', 'visaPacks.stay', 'visaPacks.newest', 'visaPacks.documents'].map((key) => (
                    <Table.Th key={key} style={{ whiteSpace: 'nowrap' }}>{t(key)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.interns.map((intern) => <InternRow key={intern.planId} intern={intern} today={data.today} onIssue={() => setIssuing(intern)} />)}
              </Table.Tbody>
            </Table>
          </TableScroll>
        </Card>
      )}
      {issuing && data && <VisaPackIssueModal intern={issuing} today={data.today} onClose={() => setIssuing(null)} />}
    </Stack>
  );
}

function InternRow({ intern, today, onIssue }: { intern: VisaPackIntern; today: string; onIssue: () => void }) {
  const { t } = useTranslation('internship');
  const { language, localized } = useLanguage();
  const [newest, ...earlier] = intern.packs;
  const stay = newest ? [newest.arrivalOn, newest.departureOn] : [intern.defaults.arrivalOn, intern.defaults.departureOn];
  return (
    <Table.Tr data-testid="visa-pack-row" style={{ verticalAlign: 'top' }}>
      <Table.Td>
        <Anchor component={Link} to={paths.internshipPlan(intern.planId)}>
          <StudentNameText names={{ nameLatin: intern.name.latin, nameCyrillic: intern.name.cyrillic, nameKatakana: intern.name.katakana }} />
        </Anchor>
      </Table.Td>
      <Table.Td>{localized(intern.company.name)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateRange(stay[0]!, stay[1]!, language)}</Text>
        <Text size="xs" c="dimmed">{t('visaPacks.internship', { period: formatDateRange(intern.startsOn, intern.endsOn, language) })}</Text>
      </Table.Td>
      <Table.Td>
        {newest ? (
          <Stack gap={4}>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{t('visaPacks.issuedOn', { date: formatDate(newest.issuedOn, language) })}</Text>
              <VisaPackStatus pack={newest} />
            </Group>
            <ValidityBar pack={newest} today={today} />
            <PlannedApplication key={newest.id} pack={newest} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">{t('visaPacks.none')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap="xs">
          {newest && <VisaPackDownloads pack={newest} />}
          <VisaPackGaps gaps={intern.gaps.inviter.filter((g) => !g.startsWith('inviter.'))} userId={intern.userId} />
          <Group>
            <Button size="xs" variant={newest ? 'default' : 'filled'} onClick={onIssue}>{newest ? t('visaPacks.reissue') : t('visaPacks.issue')}</Button>
          </Group>
          {earlier.length > 0 && <EarlierPacks packs={earlier} />}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** What the operator itself must record is the same for every intern: said once, above them. */
function ProgramGaps({ interns }: { interns: VisaPackIntern[] }) {
  const { t } = useTranslation('internship');
  const gaps = interns[0]!.gaps.inviter.filter((g) => g.startsWith('inviter.'));
  if (gaps.length === 0) return null;
  return (
    <Card bg="orange.0" mb="md" padding="sm">
      <VisaPackGaps gaps={gaps} userId={interns[0]!.userId} title={t('visaPacks.programGapsTitle')} />
    </Card>
  );
}

/** When the intern plans to apply, set in place: the status is judged on that day. */
function PlannedApplication({ pack }: { pack: VisaPackView }) {
  const { t } = useTranslation('internship');
  const save = useSetPlannedApplication();
  const [value, setValue] = useState(pack.plannedApplicationOn ?? '');
  const changed = value !== (pack.plannedApplicationOn ?? '');
  return (
    <form onSubmit={(e) => { e.preventDefault(); save.mutate({ pack, plannedApplicationOn: value || null }); }} noValidate>
      <Stack gap={4}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput type="date" size="xs" label={t('visaPacks.field.plannedApplicationOn')} value={value} onChange={(e) => setValue(e.currentTarget.value)} />
          {changed && <Button size="xs" type="submit" loading={save.isPending}>{t('common:actions.save')}</Button>}
        </Group>
        <WriteError error={save.error} />
      </Stack>
    </form>
  );
}

function EarlierPacks({ packs }: { packs: VisaPackView[] }) {
  const { t } = useTranslation('internship');
  const { language } = useLanguage();
  return (
    <details>
      <summary><Text span size="xs" c="dimmed">{t('visaPacks.earlier', { count: packs.length })}</Text></summary>
      <Stack gap={4} mt={4}>
        {packs.map((p) => (
          <Group key={p.id} gap="xs">
            <Text size="xs">{t('visaPacks.issuedOn', { date: formatDate(p.issuedOn, language) })}</Text>
            <Anchor size="xs" href={visaPackPdfUrl(p.id)} target="_blank" rel="noopener">{t('visaPacks.download.all')}</Anchor>
          </Group>
        ))}
      </Stack>
    </details>
  );
}
