// Numbers on the projects page: yen with separators in the reader's language, figures with up
// to one decimal, percentages.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatNumber } from '../../../lib/format.ts';

export function useProjectFormat() {
  const { t } = useTranslation('projects');
  const { language } = useLanguage();
  return {
    yen: (value: number) => t('yen', { value: formatNumber(value, language) }),
    figure: (value: number | null) => (value === null ? t('indicators.notReported') : formatNumber(value, language)),
    percent: (value: number | null) => (value === null ? '—' : `${formatNumber(value, language)}%`),
  };
}
