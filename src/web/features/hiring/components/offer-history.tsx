// Every offer of an application, newest first, each with its state (issued, accepted, declined,
// withdrawn, expired): a withdrawn offer stays with its reason. The company and the operators
// withdraw an offer not yet answered; the student accepts or declines one, after a confirmation.
import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferView } from '../../../../contracts/hiring.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { FormActions } from '../../../components/ui/form-actions.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useAnswerOffer, useWithdrawOffer } from '../api/hiring.api.ts';
import { OfferStateBadge } from './hiring-badges.tsx';
import { formatYen } from './hiring-format.ts';
import { WriteError } from './write-error.tsx';

type Mode = 'manage' | 'student' | 'read';

export function OfferHistory({ programId, offers, mode, company }: { programId: string; offers: OfferView[]; mode: Mode; company: string }) {
  const { t } = useTranslation('hiring');
  if (offers.length === 0) return <Text size="sm" c="dimmed">{t('card.noOffer')}</Text>;
  return (
    <Stack gap="sm" role="list" aria-label={t('offer.history')}>
      {offers.map((offer) => <OfferCard key={offer.id} programId={programId} offer={offer} mode={mode} company={company} />)}
    </Stack>
  );
}

function OfferCard({ programId, offer, mode, company }: { programId: string; offer: OfferView; mode: Mode; company: string }) {
  const { t } = useTranslation('hiring');
  const { language } = useLanguage();
  const answer = useAnswerOffer(programId);
  const [asking, setAsking] = useState<'accept' | 'decline' | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const issued = offer.state === 'issued';
  return (
    <Card withBorder padding="sm" role="listitem" data-testid="offer" data-state={offer.state} className="hb-offer">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{offer.position}</Text>
          <OfferStateBadge state={offer.state} />
        </Group>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
          <Fact label={t('offer.salary')} value={formatYen(offer.monthlySalaryYen, language)} />
          <Fact label={t('offer.startsOn')} value={formatDate(offer.startsOn, language)} />
          <Fact label={t('offer.issuedOn')} value={formatDate(offer.issuedOn, language)} />
          <Fact label={t('offer.expiresOn')} value={formatDate(offer.expiresOn, language)} />
        </SimpleGrid>
        {offer.workplace && <Fact label={t('offer.workplace')} value={offer.workplace} />}
        {offer.conditions && <Fact label={t('offer.conditions')} value={offer.conditions} />}
        {offer.answeredAt && <Text size="xs" c="dimmed">{t('offer.answeredAt', { at: formatDateTime(offer.answeredAt, language, 'Asia/Tokyo') })}</Text>}
        {offer.withdrawnReason && <Fact label={t('offer.withdrawnReason')} value={offer.withdrawnReason} />}
        <WriteError error={answer.error} />
        {mode === 'student' && issued && (
          <Stack gap="xs">
            <Button size="md" fullWidth onClick={() => setAsking('accept')}>{t('offer.accept')}</Button>
            <Button size="md" fullWidth variant="default" onClick={() => setAsking('decline')}>{t('offer.decline')}</Button>
          </Stack>
        )}
        {mode === 'manage' && issued && (
          <Group justify="flex-end">
            <Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => setWithdrawing(true)}>{t('offer.withdraw')}</Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        title={asking === 'accept' ? t('offer.acceptTitle') : t('offer.declineTitle')}
        message={asking === 'accept' ? t('offer.acceptMessage', { company, position: offer.position }) : t('offer.declineMessage', { company, position: offer.position })}
        confirmLabel={asking === 'accept' ? t('offer.accept') : t('offer.decline')}
        danger={asking === 'decline'}
        pending={answer.isPending}
        error={answer.error}
        onClose={() => setAsking(null)}
        onConfirm={() => answer.mutate({ id: offer.id, version: offer.version, accept: asking === 'accept' }, { onSuccess: () => setAsking(null) })}
      />
      {withdrawing && <WithdrawModal programId={programId} offer={offer} onClose={() => setWithdrawing(false)} />}
    </Card>
  );
}

function WithdrawModal({ programId, offer, onClose }: { programId: string; offer: OfferView; onClose: () => void }) {
  const { t } = useTranslation('hiring');
  const withdraw = useWithdrawOffer(programId);
  const [reason, setReason] = useState('');
  const errors = fieldErrorsOf(withdraw.error);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('offer.withdrawTitle')} centered>
      <form onSubmit={(e) => { e.preventDefault(); withdraw.mutate({ id: offer.id, version: offer.version, reason: reason.trim() }, { onSuccess: onClose }); }} noValidate>
        <Stack>
          <Text size="sm">{t('offer.withdrawMessage')}</Text>
          {Object.keys(errors).length === 0 && <WriteError error={withdraw.error} />}
          <Textarea label={t('offer.withdrawnReason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} maxLength={2000} error={errors.reason} data-autofocus />
          <FormActions onCancel={onClose} pending={withdraw.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm" className="hb-text">{value}</Text>
    </Stack>
  );
}
