// Mantine's Pagination with a name on every button (axe: button-name): the arrows say where they
// go and each page number says it is a page, in the reader's language.
import { Pagination, type PaginationProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LabelledPagination(props: PaginationProps) {
  const { t } = useTranslation('common');
  return <Pagination {...props} getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })} getItemProps={(page) => ({ 'aria-label': t('pagination.page', { page }) })} />;
}
