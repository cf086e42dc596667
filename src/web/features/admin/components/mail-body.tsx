import { Anchor, Text } from '@mantine/core';
import type { Language } from '../../../../domain/shared/localized-text.ts';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** A plain-text mail as written, its web addresses as links (only http and https). */
export function MailBody({ body, language }: { body: string; language: Language }) {
  const parts = body.split(URL_PATTERN);
  return (
    <Text size="sm" lang={language} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="mail-body">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <Anchor key={i} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </Anchor>
        ) : (
          part
        ),
      )}
    </Text>
  );
}
