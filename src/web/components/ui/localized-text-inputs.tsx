import { SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../domain/shared/localized-text.ts';

type Props = {
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  error?: string | undefined;
  required?: boolean;
  name: string;
};

/** One input per language; at least one is needed, the others are translations. */
export function LocalizedTextInputs({ label, value, onChange, error, required, name }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
      {(['ja', 'mn', 'en'] as const).map((lang, i) => (
        <TextInput
          key={lang}
          name={`${name}.${lang}`}
          label={`${label}（${t(`language.names.${lang}`)}）`}
          value={value[lang] ?? ''}
          lang={lang}
          withAsterisk={required && i === 0}
          error={i === 0 ? error : undefined}
          onChange={(e) => onChange({ ...value, [lang]: e.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );
}
