import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './use-language.ts';

// Each language is named in itself, so a reader finds theirs whatever is shown now.
const OPTIONS = [
  { value: 'ja', label: '日本語' },
  { value: 'mn', label: 'Монгол' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { language } = useLanguage();
  return (
    <SegmentedControl
      aria-label={t('language.choose')}
      size="xs"
      value={language}
      data={OPTIONS}
      onChange={(value) => void i18n.changeLanguage(value)}
    />
  );
}
