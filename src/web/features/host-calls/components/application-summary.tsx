// What a company sent, label above value (readable on a phone): profile, wishes and answers.
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HostApplicationView, HostCallView } from '../../../../contracts/host-calls.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';

export function ApplicationSummary({ call, application }: { call: HostCallView; application: HostApplicationView }) {
  const { t } = useTranslation('hostCalls');
  const { language, localized } = useLanguage();
  const a = application;
  const yesNo = (value: boolean) => (value ? t('yes') : t('no'));
  const rows: [string, string][] = [
    [t('fields.industry'), a.industry],
    [t('fields.employeeCount'), formatNumber(a.employeeCount, language)],
    [t('fields.city'), a.city],
    [t('fields.positions'), a.positions.join(', ')],
    [t('fields.skills'), a.skills.join(', ') || '—'],
    [t('fields.interviewerNames'), a.interviewerNames.join(', ') || '—'],
    [t('fields.interviewerCount'), formatNumber(a.interviewerCount, language)],
    [t('fields.canHost'), yesNo(a.canHostInInternshipPeriod)],
    [t('fields.wantsToHire'), yesNo(a.wantsToHire)],
  ];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs" component="dl" m={0} aria-label={t('summary.profile')}>
        {rows.map(([label, value]) => (
          <Stack key={label} gap={0}>
            <Text component="dt" size="xs" c="dimmed">{label}</Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>{value}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      {call.questions.length > 0 && (
        <>
          <Title order={4} size="h5">{t('form.answers')}</Title>
          <Stack gap="xs" component="dl" m={0} aria-label={t('form.answers')}>
            {call.questions.map((q) => (
              <Stack key={q.id} gap={0}>
                <Text component="dt" size="sm" fw={600}>{localized(q.text)}</Text>
                <Text component="dd" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{a.answers[q.id]?.trim() || t('summary.noAnswer')}</Text>
              </Stack>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
