import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';

/** A failed request, told in the reader's language (the API already translated it). */
export function ApiErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.body.error.message : t('errors.network');
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      {message}
    </Alert>
  );
}
