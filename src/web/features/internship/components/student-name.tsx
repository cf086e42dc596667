import { Stack, Text } from '@mantine/core';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { studentName, type StudentNames } from '../../../lib/student-name.ts';

/** The intern's name as the reader expects it, with the passport's Latin form beneath. */
export function StudentNameText({ names, size = 'sm' }: { names: StudentNames; size?: string }) {
  const { language } = useLanguage();
  const name = studentName(names, language);
  return (
    <Stack gap={0}>
      <Text size={size} fw={600}>{name.primary}</Text>
      {name.secondary && name.secondary !== name.primary && <Text size="xs" c="dimmed">{name.secondary}</Text>}
    </Stack>
  );
}
