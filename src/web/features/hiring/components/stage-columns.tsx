// The board of a program's applications to companies, one column per stage. A card names the
// student and the company, says where the application ended (or that it is open) and the latest
// offer; the company and the operators move it to another stage, reject it, make an offer, and
// open it for its whole offer history.
import { Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HiringApplicationView, HiringBoard } from '../../../../contracts/hiring.ts';
import { HIRING_STAGES, type HiringStage } from '../../../../domain/hiring/hiring.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { studentName } from '../../../lib/student-name.ts';
import { paths } from '../../../paths.ts';
import { useUpdateHiringApplication } from '../api/hiring.api.ts';
import { ApplicationModal } from './application-modal.tsx';
import { OfferFormModal } from './offer-form-modal.tsx';
import { OfferStateBadge, OutcomeBadge, StudentNameText } from './hiring-badges.tsx';
import { formatYen } from './hiring-format.ts';
import { WriteError } from './write-error.tsx';

export function StageColumns({ programId, board, manage }: { programId: string; board: HiringBoard; manage: boolean }) {
  const { t } = useTranslation('hiring');
  const [opened, setOpened] = useState<string | null>(null);
  const item = board.items.find((i) => i.id === opened) ?? null;
  if (board.items.length === 0) return <Text c="dimmed">{t('board.none')}</Text>;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md" className="hb-board">
        {HIRING_STAGES.map((stage) => {
          const items = board.items.filter((i) => i.stage === stage);
          return (
            <section key={stage} className="hb-column" aria-labelledby={`hb-stage-${stage}`} data-stage={stage}>
              <Group gap="xs" mb="xs" wrap="nowrap">
                <Title order={3} size="h5" id={`hb-stage-${stage}`}>{t(`stage.${stage}`)}</Title>
                <Badge variant="outline" color="gray.7" circle>{items.length}</Badge>
              </Group>
              <Stack gap="sm">
                {items.length === 0 && <Text size="sm" c="dimmed">{t('board.emptyStage')}</Text>}
                {items.map((i) => <ApplicationCard key={i.id} programId={programId} item={i} manage={manage} today={board.today} onOpen={() => setOpened(i.id)} />)}
              </Stack>
            </section>
          );
        })}
      </SimpleGrid>
      {item && <ApplicationModal programId={programId} item={item} manage={manage} onClose={() => setOpened(null)} />}
    </>
  );
}

/** No offer waits for an answer or was accepted, and the application is not closed. */
export const mayOffer = (item: HiringApplicationView) => (item.outcome === 'open' || item.outcome === 'offered') && !item.offers.some((o) => o.state === 'issued' || o.state === 'accepted');

function ApplicationCard({ programId, item, manage, today, onOpen }: { programId: string; item: HiringApplicationView; manage: boolean; today: string; onOpen: () => void }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const update = useUpdateHiringApplication(programId);
  const [offering, setOffering] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const latest = item.offers[0] ?? null;
  const name = studentName(item.student, language).primary;
  const closed = item.outcome === 'rejected' || item.outcome === 'withdrawn';
  const move = (stage: HiringStage) => update.mutate({ id: item.id, patch: { version: item.version, stage } });
  return (
    <Card withBorder padding="sm" component="article" aria-label={name} data-testid="hiring-card" data-closed={closed || undefined} className="hb-card">
      <Stack gap={6}>
        <StudentNameText names={item.student} />
        <Text size="sm">{localized(item.company.name)}</Text>
        <Group gap={6}>
          <OutcomeBadge outcome={item.outcome} />
          {latest && <OfferStateBadge state={latest.state} />}
        </Group>
        {latest ? (
          <Text size="xs" c="dimmed">{t('card.latestOffer', { salary: formatYen(latest.monthlySalaryYen, language), date: formatDate(latest.startsOn, language) })}</Text>
        ) : (
          <Text size="xs" c="dimmed">{t('card.noOffer')}</Text>
        )}
        <WriteError error={update.error} />
        {manage && item.outcome === 'open' && (
          <NativeSelect
            size="xs"
            label={t('card.stage')}
            aria-label={t('card.stageOf', { name })}
            data={HIRING_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
            value={item.stage}
            disabled={update.isPending}
            onChange={(e) => move(e.currentTarget.value as HiringStage)}
          />
        )}
        <Group gap={6}>
          <Button size="xs" variant="default" onClick={onOpen} aria-label={t('card.openOf', { name })}>{t('card.open')}</Button>
          {item.employmentId && <Button size="xs" variant="light" component={Link} to={paths.employment(item.employmentId)}>{t('link.hirePage')}</Button>}
          {manage && mayOffer(item) && <Button size="xs" variant="light" onClick={() => setOffering(true)}>{t('offer.make')}</Button>}
          {manage && item.outcome === 'open' && (
            <Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => setRejecting(true)}>{t('card.reject')}</Button>
          )}
          {manage && closed && (
            <Button size="xs" variant="subtle" loading={update.isPending} onClick={() => update.mutate({ id: item.id, patch: { version: item.version, outcome: 'open' } })}>{t('card.reopen')}</Button>
          )}
        </Group>
      </Stack>
      {offering && <OfferFormModal programId={programId} item={item} today={today} onClose={() => setOffering(false)} />}
      <ConfirmDialog
        opened={rejecting}
        title={t('card.rejectTitle')}
        message={t('card.rejectMessage', { name, company: localized(item.company.name) })}
        confirmLabel={t('card.reject')}
        danger
        pending={update.isPending}
        error={update.error}
        onClose={() => setRejecting(false)}
        onConfirm={() => update.mutate({ id: item.id, patch: { version: item.version, outcome: 'rejected' } }, { onSuccess: () => setRejecting(false) })}
      />
    </Card>
  );
}
