// A sending college's coordinator follows their students' arrival in Japan: each intern's
// checklist, ticking the tasks the college owns (travel insurance, above all).
import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { paths } from '../../../paths.ts';
import { useProgramForHousing } from '../api/housing.api.ts';
import { InternChecklists } from './intern-checklists.tsx';
import './housing.css';

export function CollegeArrivalsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('housing');
  const { localized } = useLanguage();
  const program = useProgramForHousing(id);
  if (program.error) return <ApiErrorAlert error={program.error} />;
  if (!program.data) return <Loader aria-label={t('common:loading')} />;
  return (
    <Stack>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Stack gap={4}>
        <Title order={2}>{t('college.title')}</Title>
        <Text c="dimmed">{localized(program.data.name)}</Text>
      </Stack>
      <InternChecklists programId={id} party="college" />
    </Stack>
  );
}
