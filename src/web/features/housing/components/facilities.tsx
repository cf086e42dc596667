// A unit's facilities as icons (the calendar's row, where space is short; each icon is named for
// screen readers and on hover) or as icons with words (a unit's card, a student's flat).
import { Group, Text, Tooltip } from '@mantine/core';
import { IconAirConditioning, IconArmchair, IconBed, IconBike, IconParking, IconToolsKitchen2, IconWashMachine, IconWifi, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { UnitFacility } from '../../../../domain/housing/housing.ts';

const ICONS: Record<UnitFacility, Icon> = {
  furniture: IconArmchair,
  bedding: IconBed,
  wifi: IconWifi,
  kitchen: IconToolsKitchen2,
  washing_machine: IconWashMachine,
  air_conditioner: IconAirConditioning,
  bicycle_parking: IconBike,
  parking: IconParking,
};

export function FacilityIcons({ facilities, size = 14 }: { facilities: UnitFacility[]; size?: number }) {
  const { t } = useTranslation('housing');
  if (facilities.length === 0) return null;
  return (
    <Group gap={2} wrap="wrap" component="span" role="list" aria-label={t('unit.facilities')}>
      {facilities.map((f) => {
        const FacilityIcon = ICONS[f];
        return (
          <Tooltip key={f} label={t(`facility.${f}`)} withinPortal>
            <span role="listitem" aria-label={t(`facility.${f}`)} className="hc-facility-icon">
              <FacilityIcon size={size} aria-hidden stroke={1.6} />
            </span>
          </Tooltip>
        );
      })}
    </Group>
  );
}

export function FacilityList({ facilities }: { facilities: UnitFacility[] }) {
  const { t } = useTranslation('housing');
  if (facilities.length === 0) return <Text size="sm" c="dimmed">{t('unit.noFacilities')}</Text>;
  return (
    <Group gap="md" role="list" aria-label={t('unit.facilities')}>
      {facilities.map((f) => {
        const FacilityIcon = ICONS[f];
        return (
          <Group key={f} gap={4} wrap="nowrap" role="listitem">
            <FacilityIcon size={18} aria-hidden stroke={1.6} />
            <Text size="sm">{t(`facility.${f}`)}</Text>
          </Group>
        );
      })}
    </Group>
  );
}
