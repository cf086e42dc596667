// "Download my data": everything Kakehashi holds about the signed-in person, as JSON or as a
// CSV that opens in a spreadsheet.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dataExportUrl } from '../api/applications.api.ts';

export function MyDataCard() {
  const { t } = useTranslation('applications');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3}>{t('myData.title')}</Title>
        <Text size="sm">{t('myData.intro')}</Text>
        <Group gap="xs">
          <Button component="a" href={dataExportUrl('json')} download variant="default" size="sm">
            {t('myData.json')}
          </Button>
          <Button component="a" href={dataExportUrl('csv')} download variant="default" size="sm">
            {t('myData.csv')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
