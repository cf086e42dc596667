// One application to a company, opened from the board: the student's motivation, the company's
// note (kept by the company and the operators), and every offer with its state and history.
import { Button, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HiringApplicationView } from '../../../../contracts/hiring.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { paths } from '../../../paths.ts';
import { useUpdateHiringApplication } from '../api/hiring.api.ts';
import { OutcomeBadge } from './hiring-badges.tsx';
import { OfferHistory } from './offer-history.tsx';
import { WriteError } from './write-error.tsx';

export function ApplicationModal({ programId, item, manage, onClose }: { programId: string; item: HiringApplicationView; manage: boolean; onClose: () => void }) {
  const { t } = useTranslation('hiring');
  const { language, localized } = useLanguage();
  const update = useUpdateHiringApplication(programId);
  const [note, setNote] = useState(item.note);
  const name = studentName(item.student, language);
  const company = localized(item.company.name);
  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('common:actions.close') }} title={t('card.detailTitle', { name: name.primary, company })} size="lg">
      <Stack>
        {name.secondary && name.secondary !== name.primary && <Text size="sm" c="dimmed">{name.secondary}</Text>}
        <Group gap="xs">
          <Text size="sm">{t('card.atStage', { stage: t(`stage.${item.stage}`) })}</Text>
          <OutcomeBadge outcome={item.outcome} />
        </Group>
        {item.employmentId && (
          <Button component={Link} to={paths.employment(item.employmentId)} variant="light">{t('link.hire')}</Button>
        )}
        <Stack gap={2}>
          <Title order={3} size="h5">{t('apply.motivation')}</Title>
          <Text size="sm" className="hb-text">{item.motivation || t('card.noMotivation')}</Text>
        </Stack>
        {manage ? (
          <form onSubmit={(e) => { e.preventDefault(); update.mutate({ id: item.id, patch: { version: item.version, note: note.trim() } }); }} noValidate>
            <Stack gap="xs">
              <WriteError error={update.error} />
              <Textarea label={t('card.note')} description={t('card.noteHint')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={4000} />
              <Group justify="flex-end">
                <Button type="submit" variant="default" loading={update.isPending} disabled={note.trim() === item.note}>{t('card.saveNote')}</Button>
              </Group>
            </Stack>
          </form>
        ) : (
          item.note && (
            <Stack gap={2}>
              <Title order={3} size="h5">{t('card.note')}</Title>
              <Text size="sm" className="hb-text">{item.note}</Text>
            </Stack>
          )
        )}
        <Title order={3} size="h5">{t('offer.history')}</Title>
        <OfferHistory programId={programId} offers={item.offers} mode={manage ? 'manage' : 'read'} company={company} />
      </Stack>
    </Modal>
  );
}
