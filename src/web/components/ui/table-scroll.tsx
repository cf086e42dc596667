import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { label: string; minWidth: number; maxHeight?: number; children: ReactNode };

/**
 * A wide table that scrolls sideways on a phone. The scrolling box is a named region that takes
 * keyboard focus, so it can be scrolled without a mouse even when no cell holds a control.
 */
export function TableScroll({ label, minWidth, maxHeight, children }: Props) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} maxHeight={maxHeight} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
