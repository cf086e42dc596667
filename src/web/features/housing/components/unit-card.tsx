// One unit (flat) as its partner and the operators read it: address with a map link, layout and
// beds, facilities, the same-gender rule, house rules in the reader's language, and when the
// partner lends it.
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitView } from '../../../../contracts/housing.ts';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { formatDateRange } from '../../../lib/format.ts';
import { FacilityList } from './facilities.tsx';
import { UnitPhotoStrip } from './unit-photos.tsx';

export const mapUrl = (location: { latitude: number; longitude: number }) => `https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=17/${location.latitude}/${location.longitude}`;

export function UnitCard({ unit, actions }: { unit: UnitView; actions?: ReactNode }) {
  const { t } = useTranslation('housing');
  const { language, localized } = useLanguage();
  const rules = localized(unit.rules);
  return (
    <Card withBorder component="article" aria-label={unit.name} data-testid="unit-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: 1, minWidth: '12rem' }}>
            <Group gap="xs">
              <Text fw={600} size="lg">{unit.name}</Text>
              {unit.archived && <Badge color="gray" variant="light" tt="none">{t('unit.archived')}</Badge>}
            </Group>
            <Text size="sm">
              {unit.postalCode && `〒${unit.postalCode} `}
              {unit.address}
            </Text>
            {unit.location && (
              <Anchor href={mapUrl(unit.location)} target="_blank" rel="noopener noreferrer" size="sm" className="hc-map-link">
                <IconMapPin size={14} aria-hidden />
                {t('unit.map')}
              </Anchor>
            )}
          </Stack>
          {actions && <Group gap={4} wrap="nowrap">{actions}</Group>}
        </Group>
        <Group gap="xs">
          <Badge variant="light" tt="none">{t('calendar.layoutBeds', { layout: unit.layout, count: unit.capacity })}</Badge>
          {unit.sameGenderOnly && <Badge variant="light" color="grape" tt="none">{t('unit.sameGenderOnly')}</Badge>}
        </Group>
        <UnitPhotoStrip unit={unit} />
        <FacilityList facilities={unit.facilities} />
        {rules && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>{t('unit.rules')}</Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{rules}</Text>
          </Stack>
        )}
        <Text size="sm">
          <Text span fw={600}>{t('unit.lending')}: </Text>
          {unit.lendingPeriods.length === 0 ? t('unit.lendingAlways') : unit.lendingPeriods.map((p) => formatDateRange(p.from, p.to, language)).join(language === 'ja' ? '、' : ', ')}
        </Text>
      </Stack>
    </Card>
  );
}

/** The units in a responsive grid, each with the actions the viewer may take. */
export function UnitList({ units, actions }: { units: UnitView[]; actions?: (unit: UnitView) => ReactNode }) {
  const { t } = useTranslation('housing');
  if (units.length === 0) return <Text c="dimmed">{t('unit.empty')}</Text>;
  return (
    <div className="hc-units">
      {units.map((u) => (
        <UnitCard key={u.id} unit={u} actions={actions?.(u)} />
      ))}
    </div>
  );
}

export function EditUnitButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('housing');
  return (
    <Button size="compact-sm" variant="subtle" onClick={onClick}>
      {t('common:actions.edit')}
    </Button>
  );
}
