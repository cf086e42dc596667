// The download button of a list: the list as CSV or as an Excel workbook, headed in the app's
// language. The server builds the file from the same rows the list shows this reader.
import { Button, Menu } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TableExportFormat } from '../../../contracts/table-export.ts';
import { queryString } from '../../lib/api-client.ts';
import { useLanguage } from './use-language.ts';

type Props = {
  /** The list's API path, e.g. `/api/programs/:id/applications`; the download is its `/export`. */
  listPath: string;
  /** What the list is, for screen readers: "Download {{list}}". */
  listName: string;
  /** Further filters the list's export understands. */
  query?: Record<string, string | undefined>;
};

export function DownloadMenu({ listPath, listName, query = {} }: Props) {
  const { t } = useTranslation('common');
  const { language } = useLanguage();
  const href = (format: TableExportFormat) => `${listPath}/export${queryString({ ...query, format, language })}`;
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" size="sm" leftSection={<IconDownload size={16} />} aria-label={t('download.menu', { list: listName })}>
          {t('download.label')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={href('xlsx')} download>{t('download.xlsx')}</Menu.Item>
        <Menu.Item component="a" href={href('csv')} download>{t('download.csv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
