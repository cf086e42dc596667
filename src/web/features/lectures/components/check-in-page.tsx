// Where a session's QR code leads: the signed-in student (the sign-in page brings them back
// here) is checked in at once, and told present or late, or why not in their language
// (expired code, a code of another session, no screened application in the program).
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useCheckIn } from '../api/lectures.api.ts';

export function CheckInPage() {
  const [params] = useSearchParams();
  const token = params.get('t') ?? '';
  const { t } = useTranslation('lectures');
  const { language, localized } = useLanguage();
  const checkIn = useCheckIn();
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    checkIn.mutate(token);
  }, [token, checkIn]);

  const result = checkIn.data;
  return (
    <Stack maw={520} mx="auto" gap="md">
      <Title order={2}>{t('checkIn.title')}</Title>
      {!token && <Alert color="red" role="alert">{t('checkIn.noToken')}</Alert>}
      {checkIn.isPending && <Loader aria-label={t('common:loading')} />}
      <ApiErrorAlert error={checkIn.error} />
      {result && (
        <Alert color={result.status === 'present' ? 'teal' : 'yellow'} role="status" title={t(`checkIn.${result.status}`)} styles={{ title: { color: 'var(--mantine-color-text)', fontSize: 'var(--mantine-font-size-lg)' } }}>
          <Stack gap={4}>
            <Text>{localized(result.courseTitle)}</Text>
            <Text size="sm">
              {formatDate(result.date, language)} {result.startTime}
            </Text>
            {!result.recorded && <Text size="sm">{t('checkIn.alreadyTicked')}</Text>}
          </Stack>
        </Alert>
      )}
      <Anchor component={Link} to={paths.programs}>
        {t('checkIn.toPrograms')}
      </Anchor>
    </Stack>
  );
}
