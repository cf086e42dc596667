import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllowedTransition } from '../../../../domain/pipeline/allowed-transitions.ts';

/** The moves on offer, as a menu; nothing when there are none. */
export function MoveMenu({ moves, label, ariaLabel, onPick }: { moves: AllowedTransition[]; label: string; ariaLabel: string; onPick: (move: AllowedTransition) => void }) {
  const { t } = useTranslation('applications');
  if (moves.length === 0) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="light" aria-label={ariaLabel}>
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {moves.map((m) => (
          <Menu.Item key={m.to} color={m.move === 'decline' || m.move === 'withdraw' ? 'red.9' : undefined} onClick={() => onPick(m)}>
            {t(`moves.${m.move}`, { status: t(`status.${m.to}`) })}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
