// The privacy notice a student agrees to before anything about them is stored: what is
// processed, the transfer from Mongolia to Japan, and the recipients by name (the program's
// operators always; each host company only if ticked).
import { Alert, Button, Card, Checkbox, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgramDetail } from '../../../../contracts/programs.ts';
import { CURRENT_NOTICE_VERSION } from '../../../../domain/consent/consent.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { fieldErrorsOf } from '../../../components/ui/form-errors.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useGiveConsent } from '../api/applications.api.ts';

export function ConsentNotice({ program, withdrawnAt }: { program: ProgramDetail; withdrawnAt: string | null }) {
  const { t } = useTranslation('applications');
  const { language, localized } = useLanguage();
  const give = useGiveConsent(program.id);
  const operators = [program.operator, ...program.participations.filter((p) => p.role === 'operator' && p.organization.id !== program.operator.id).map((p) => p.organization)];
  const companies = program.participations.filter((p) => p.role === 'host_company').map((p) => p.organization);
  const [chosen, setChosen] = useState<string[]>([]);
  const recipientIds = [...operators.map((o) => o.id), ...chosen];
  const errors = Object.values(fieldErrorsOf(give.error));
  return (
    <Card withBorder>
      <Stack>
        <Title order={3}>{t('consent.title')}</Title>
        {withdrawnAt && (
          <Alert color="gray" variant="light">
            {t('consent.withdrawnOn', { at: formatDateTime(withdrawnAt, language) })}
          </Alert>
        )}
        <Text size="sm">{t('consent.intro')}</Text>
        <List size="sm" spacing="xs">
          <List.Item>{t('consent.processing')}</List.Item>
          <List.Item>{t('consent.transfer')}</List.Item>
          <List.Item>{t('consent.sharing')}</List.Item>
        </List>
        <Stack gap={4}>
          <Text fw={600} size="sm">{t('consent.operators')}</Text>
          <List size="sm">
            {operators.map((o) => (
              <List.Item key={o.id}>{localized(o.name)}</List.Item>
            ))}
          </List>
        </Stack>
        {companies.length > 0 && (
          <Checkbox.Group label={t('consent.companies')} description={t('consent.companiesHelp')} value={chosen} onChange={setChosen}>
            <Stack gap="xs" mt="xs">
              {companies.map((c) => (
                <Checkbox key={c.id} value={c.id} label={localized(c.name)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Text size="sm">{t('consent.rights')}</Text>
        <Text size="xs" c="dimmed">{t('consent.version', { version: CURRENT_NOTICE_VERSION })}</Text>
        {errors.length > 0 ? <Alert color="red" role="alert">{errors.join(' ')}</Alert> : <ApiErrorAlert error={give.error} />}
        <Button loading={give.isPending} onClick={() => give.mutate({ noticeVersion: CURRENT_NOTICE_VERSION, language, recipientIds })}>
          {t('consent.agree')}
        </Button>
      </Stack>
    </Card>
  );
}
