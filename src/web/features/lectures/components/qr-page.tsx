// The QR screen staff show in the lecture room (on a projector or held up on a phone): a code
// that leads students to their check-in page; each code expires after a few minutes and the
// page fetches a fresh one before it does, so a photo passed around stops working.
import { Anchor, Center, Group, Image, Loader, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDate } from '../../../lib/format.ts';
import { paths } from '../../../paths.ts';
import { useQrToken, useTickList } from '../api/lectures.api.ts';
import { endTime } from './time.ts';

export function QrPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('lectures');
  const { language, localized } = useLanguage();
  const token = useQrToken(id);
  const list = useTickList(id, 10_000);
  const [image, setImage] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const url = token.data ? `${window.location.origin}${paths.attend}?t=${encodeURIComponent(token.data.token)}` : null;

  useEffect(() => {
    if (!url) return;
    let cancelled = false;
    void QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 640 }).then((data) => !cancelled && setImage(data));
    return () => {
      cancelled = true;
    };
  }, [url]);

  useEffect(() => {
    const expiresAt = token.data?.expiresAt;
    if (!expiresAt) return;
    const tick = () => setSecondsLeft(Math.max(0, Math.round((new Date(expiresAt).getTime() - Date.now()) / 1000)));
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [token.data?.expiresAt]);

  if (token.error) return <ApiErrorAlert error={token.error} />;
  const session = list.data?.session;
  return (
    <Stack align="center" gap="sm">
      <Group justify="space-between" w="100%">
        {list.data && (
          <Anchor component={Link} to={paths.programLectures(list.data.programId)} size="sm">
            {t('tick.back')}
          </Anchor>
        )}
        <Anchor component={Link} to={paths.sessionAttendance(id)} size="sm">
          {t('qr.toTickList')}
        </Anchor>
      </Group>
      {list.data && session && (
        <Stack gap={0} align="center">
          <Title order={2} size="h3" ta="center">
            {localized(list.data.course.title)}
          </Title>
          <Text c="dimmed" ta="center">
            {formatDate(session.date, language)} {session.startTime}–{endTime(session.startTime, session.durationMinutes)}
          </Text>
        </Stack>
      )}
      <Text fw={600} size="lg" ta="center">
        {t('qr.instruction')}
      </Text>
      <Center w="min(90vw, 70vh)" h="min(90vw, 70vh)">
        {image ? <Image src={image} alt={t('qr.alt')} w="100%" h="100%" fit="contain" /> : <Loader aria-label={t('common:loading')} />}
      </Center>
      {secondsLeft !== null && (
        <Text size="sm" c="dimmed" role="timer" aria-live="off">
          {t('qr.refreshes', { seconds: secondsLeft })}
        </Text>
      )}
      {list.data && (
        <Text size="sm" role="status">
          {t('qr.checkedIn', { attended: list.data.counts.present + list.data.counts.late, roster: list.data.items.length })}
        </Text>
      )}
    </Stack>
  );
}
