import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A state in a table cell (active, expired, an audit action): the dot carries the colour, the
 * text stays dark for contrast and is never cut short in a narrow column.
 */
export function StatusBadge({ color, children }: { color: string; children: ReactNode }) {
  return (
    <Badge variant="dot" color={color} tt="none" size="md" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } }}>
      {children}
    </Badge>
  );
}
