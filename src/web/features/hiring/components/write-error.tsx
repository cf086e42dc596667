// A failed write on the hiring pages: someone else's newer version (the page has read it again,
// say so and ask to check and redo), or the server's message in the reader's language.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { isVersionConflict } from '../api/hiring.api.ts';
import { READABLE_TITLE } from './hiring-format.ts';

export function WriteError({ error }: { error: unknown }) {
  const { t } = useTranslation('hiring');
  if (!error) return null;
  if (isVersionConflict(error)) {
    return (
      <Alert color="orange" role="alert" title={t('conflict.title')} styles={READABLE_TITLE}>
        {t('conflict.body')}
      </Alert>
    );
  }
  return <ApiErrorAlert error={error} />;
}
