// A failed write on the internship pages: someone else's newer version (the page has read it
// again, say so and ask to check and redo), or the server's message in the reader's language.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isVersionConflict } from '../api/internship.api.ts';

export function WriteError({ error }: { error: unknown }) {
  const { t } = useTranslation('internship');
  if (!error) return null;
  if (isVersionConflict(error)) {
    return (
      <Alert color="orange" role="alert" title={t('conflict.title')}>
        {t('conflict.body')}
      </Alert>
    );
  }
  return <ApiErrorAlert error={error} />;
}
