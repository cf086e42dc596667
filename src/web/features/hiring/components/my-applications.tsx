// A student's own applications to companies, made for a phone: for each company, how far the
// selection has come (applied → document screening → interview → decision) or how it ended, and
// its offers, which the student accepts or declines; once hired, the way to the hire's page.
import { Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HiringApplicationView, HiringBoard } from '../../../../contracts/hiring.ts';
import { HIRING_STAGES, type HiringStage } from '../../../../domain/hiring/hiring.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { paths } from '../../../paths.ts';
import { OutcomeBadge } from './hiring-badges.tsx';
import { OfferHistory } from './offer-history.tsx';

export function MyApplications({ programId, board }: { programId: string; board: HiringBoard }) {
  const { t } = useTranslation('hiring');
  if (board.items.length === 0) {
    return (
      <Card withBorder>
        <Text>{board.canApply.length > 0 ? t('mine.noneYet') : t('mine.notIntern')}</Text>
      </Card>
    );
  }
  return (
    <Stack>
      {board.items.map((item) => <MyApplication key={item.id} programId={programId} item={item} />)}
    </Stack>
  );
}

function MyApplication({ programId, item }: { programId: string; item: HiringApplicationView }) {
  const { t } = useTranslation('hiring');
  const { localized } = useLanguage();
  const company = localized(item.company.name);
  const open = item.outcome === 'open' || item.outcome === 'offered';
  return (
    <Card withBorder component="section" aria-label={company} data-testid="my-application">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4">{company}</Title>
          <OutcomeBadge outcome={item.outcome} />
        </Group>
        {open && <StageProgress stage={item.stage} />}
        {item.employmentId && (
          <Button component={Link} to={paths.employment(item.employmentId)} size="md">{t('link.myHire')}</Button>
        )}
        <Title order={4} size="h5">{t('offer.history')}</Title>
        <OfferHistory programId={programId} offers={item.offers} mode="student" company={company} />
      </Stack>
    </Card>
  );
}

/** The company's steps as a bar of four, filled up to where the application is. */
function StageProgress({ stage }: { stage: HiringStage }) {
  const { t } = useTranslation('hiring');
  const current = HIRING_STAGES.indexOf(stage);
  return (
    <Stack gap={4}>
      <ol className="hb-progress" aria-label={t('mine.progress')}>
        {HIRING_STAGES.map((s, i) => (
          <li key={s} data-reached={i <= current || undefined} aria-current={i === current ? 'step' : undefined}>
            <span className="hb-progress-bar" aria-hidden />
            <VisuallyHidden>{t(`stage.${s}`)}</VisuallyHidden>
          </li>
        ))}
      </ol>
      <Text size="sm" aria-hidden>{t('mine.stageOf', { n: current + 1, total: HIRING_STAGES.length, stage: t(`stage.${stage}`) })}</Text>
    </Stack>
  );
}
