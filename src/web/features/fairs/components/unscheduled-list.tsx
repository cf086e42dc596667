// The approved interviews the scheduler could not place, each with its reason, so the operator
// knows what to change (a student's availability, a room more, another interpreter) or where
// to place it by hand.
import { Alert, Button, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FairView, InterviewView } from '../../../../contracts/fairs.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName } from '../../../lib/student-name.ts';
import { useMove, usePin } from '../api/fairs.api.ts';
import { MoveModal } from './schedule-grid.tsx';

export function UnscheduledList({ fair, interviews }: { fair: FairView; interviews: InterviewView[] }) {
  const { t } = useTranslation('fairs');
  const { language, localized } = useLanguage();
  const move = useMove(fair.id);
  const pin = usePin(fair.id);
  const [opened, setOpened] = useState<InterviewView | null>(null);
  const left = interviews.filter((i) => i.status === 'approved' && i.slotId === null);
  if (left.length === 0 || !fair.lastRun) return null;
  return (
    <Alert color="yellow" title={t('unscheduled.title', { count: left.length })} role="region" aria-label={t('unscheduled.title', { count: left.length })}>
      <List spacing={4} size="sm">
        {left.map((i) => (
          <List.Item key={i.id}>
            <Text span fw={600}>
              {studentName(i.student, language).primary}
            </Text>{' '}
            — {localized(i.companyName)}: {i.unscheduledReason ? t(`reasons.${i.unscheduledReason}`) : t('unscheduled.notRun')}{' '}
            <Button size="compact-xs" variant="subtle" onClick={() => setOpened(i)}>
              {t('unscheduled.place')}
            </Button>
          </List.Item>
        ))}
      </List>
      {opened && (
        <MoveModal
          fair={fair}
          interview={opened}
          operates
          onClose={() => setOpened(null)}
          onMove={(slotId, room) => move.mutate({ id: opened.id, input: { version: opened.version, slotId, room, pin: true } }, { onSuccess: () => setOpened(null) })}
          onPin={(pinned) => pin.mutate({ id: opened.id, version: opened.version, pinned })}
          pending={move.isPending}
          error={move.error}
        />
      )}
    </Alert>
  );
}
