import { Select } from '@mantine/core';
import { LANGUAGES, type Language } from '../../../../domain/shared/localized-text.ts';

// Each language named in itself: the invitee reads the mail, whatever the inviter reads.
const NAMES: Record<Language, string> = { ja: '日本語', mn: 'Монгол', en: 'English' };

export function LanguageSelect(props: { label: string; description?: string; value: Language; onChange: (value: Language) => void; error?: string | undefined }) {
  return (
    <Select
      label={props.label}
      description={props.description}
      data={LANGUAGES.map((l) => ({ value: l, label: NAMES[l] }))}
      value={props.value}
      onChange={(v) => v && props.onChange(v as Language)}
      allowDeselect={false}
      error={props.error}
    />
  );
}
