// A program's hiring after the internship (issue 8 item 3). The operators and the host companies
// see the applications as a board by stage (applied → document screening → interview →
// decision), move them, reject, make and withdraw offers; a student sees their own applications
// and offers on a phone, accepts or declines an offer, and applies to a company.
import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { HiringBoard } from '../../../../contracts/hiring.ts';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx';
import { DownloadMenu } from '../../../components/ui/download-menu.tsx';
import { useLanguage } from '../../../components/ui/use-language.ts';
import { paths } from '../../../paths.ts';
import { useHiringBoard, useProgramForHiring } from '../api/hiring.api.ts';
import { ApplyModal } from './apply-modal.tsx';
import { MyApplications } from './my-applications.tsx';
import { StageColumns } from './stage-columns.tsx';
import { useHiringRole } from './hiring-role.ts';
import './hiring.css';

export function HiringBoardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('hiring');
  const { localized } = useLanguage();
  const program = useProgramForHiring(id);
  const board = useHiringBoard(id);
  const { role } = useHiringRole(program.data);
  const [applying, setApplying] = useState(false);
  const error = program.error ?? board.error;
  const student = role === 'student';
  return (
    <Stack maw={student ? 720 : undefined}>
      <Anchor component={Link} to={paths.program(id)} size="sm">{t('backToProgram')}</Anchor>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={2}>{student ? t('board.mineTitle') : t('board.title')}</Title>
          {program.data && <Text c="dimmed">{localized(program.data.name)}</Text>}
        </Stack>
        <Group gap="xs">
          {!student && board.data && board.data.items.length > 0 && <DownloadMenu listPath={`/api/programs/${id}/hiring`} listName={t('board.title')} />}
          {(role === 'operator' || role === 'company') && (
            <Button component={Link} to={paths.programEmployments(id)} variant="light">{t('link.hires')}</Button>
          )}
          {board.data && board.data.canApply.length > 0 && board.data.companies.length > 0 && (
            <Button onClick={() => setApplying(true)}>{student ? t('apply.button') : t('apply.record')}</Button>
          )}
        </Group>
      </Group>
      {error ? <ApiErrorAlert error={error} /> : !board.data || !program.data ? <Loader aria-label={t('common:loading')} /> : <BoardBody programId={id} board={board.data} role={role} />}
      {applying && board.data && <ApplyModal programId={id} board={board.data} onClose={() => setApplying(false)} />}
    </Stack>
  );
}

function BoardBody({ programId, board, role }: { programId: string; board: HiringBoard; role: ReturnType<typeof useHiringRole>['role'] }) {
  const { t } = useTranslation('hiring');
  if (role === 'student') return <MyApplications programId={programId} board={board} />;
  return (
    <Stack>
      <Text size="sm" maw={860}>{role === 'operator' || role === 'company' ? t('board.intro') : t('board.introReadOnly')}</Text>
      <StageColumns programId={programId} board={board} manage={role === 'operator' || role === 'company'} />
    </Stack>
  );
}
