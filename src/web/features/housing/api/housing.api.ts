// Housing (issue 7), the units and the stays: a partner's units, a program's housing board (the
// season, interns, stays, the proposed allocation), the occupancy calendar each viewer may see,
// a student's own stays, and the writes on stays and units. Every write on a stay refreshes the
// board and the occupancy; a unit's refreshes its partner's list too.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { HousingBoard, MyStaysView, OccupancyView, StayInput, StayPatch, StayView, UnitInput, UnitPatch, UnitView } from '../../../../contracts/housing.ts';
import type { ProgramDetail, ProgramPage } from '../../../../contracts/programs.ts';
import { ApiError, api, apiUpload, queryString } from '../../../lib/api-client.ts';
import { FILE_NAME_HEADER } from '../../../../contracts/applications.ts';

export const boardKey = (programId: string) => ['housing-board', programId] as const;
const unitsKey = (organizationId: string) => ['housing-units', organizationId] as const;

/** A page the viewer may not see (403) or that does not exist for them (404) is simply not shown. */
export const isHidden = (error: unknown) => error instanceof ApiError && (error.status === 403 || error.status === 404);

/** Reads that answer null instead of failing when the viewer may not see them. */
export async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isHidden(error)) return null;
    throw error;
  }
}

export function useProgramForHousing(programId: string) {
  return useQuery({ queryKey: ['program', programId], queryFn: () => api<ProgramDetail>('GET', `/api/programs/${programId}`), enabled: Boolean(programId) });
}

/** The programs the viewer sees (a housing partner: those it takes part in). */
export function useProgramsForHousing() {
  return useQuery({ queryKey: ['programs', 'housing'], queryFn: () => api<ProgramPage>('GET', `/api/programs${queryString({ pageSize: 50 })}`) });
}

export function useHousingBoard(programId: string) {
  return useQuery({ queryKey: boardKey(programId), queryFn: () => api<HousingBoard>('GET', `/api/programs/${programId}/housing`) });
}

/** The units × nights picture; null when the viewer may not see the program's housing. */
export function useOccupancy(programId: string, range?: { from: string; to: string }) {
  return useQuery({
    queryKey: ['occupancy', programId, range?.from ?? null, range?.to ?? null],
    queryFn: () => orNull(api<OccupancyView>('GET', `/api/programs/${programId}/occupancy${queryString({ from: range?.from, to: range?.to })}`)),
  });
}

export function useMyStays(programId: string) {
  return useQuery({ queryKey: ['my-stays', programId], queryFn: () => orNull(api<MyStaysView>('GET', `/api/programs/${programId}/my-stays`)) });
}

export function usePartnerUnits(organizationId: string | null) {
  return useQuery({
    queryKey: unitsKey(organizationId ?? ''),
    queryFn: () => api<{ items: UnitView[] }>('GET', `/api/organizations/${organizationId}/housing-units`),
    enabled: Boolean(organizationId),
  });
}

async function refreshStays(client: QueryClient, programId: string) {
  await client.invalidateQueries({ queryKey: boardKey(programId) });
  await client.invalidateQueries({ queryKey: ['occupancy', programId] });
}

function useStayWrite<I, O>(programId: string, write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => refreshStays(client, programId) });
}

/** Runs the proposed allocation and saves it; stays placed by hand are kept unless starting over. */
export function useAllocate(programId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ keepPinned }: { keepPinned: boolean } = { keepPinned: true }) => api<HousingBoard>('POST', `/api/programs/${programId}/housing/allocate`, { keepPinned }),
    onSuccess: (board) => client.setQueryData(boardKey(programId), board),
    onSettled: () => client.invalidateQueries({ queryKey: ['occupancy', programId] }),
  });
}

export const useCreateStay = (programId: string) => useStayWrite(programId, (input: StayInput) => api<StayView>('POST', `/api/programs/${programId}/stays`, input));
export const useMoveStay = (programId: string) => useStayWrite(programId, ({ id, patch }: { id: string; patch: StayPatch }) => api<StayView>('PATCH', `/api/stays/${id}`, patch));
export const useDeleteStay = (programId: string) => useStayWrite(programId, ({ id, version }: { id: string; version: number }) => api<null>('DELETE', `/api/stays/${id}?version=${version}`));

function useUnitWrite<I>(write: (input: I) => Promise<UnitView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (unit) => {
      await client.invalidateQueries({ queryKey: unitsKey(unit.organizationId) });
      await client.invalidateQueries({ queryKey: ['housing-board'] });
      await client.invalidateQueries({ queryKey: ['occupancy'] });
    },
  });
}

export const useCreateUnit = (organizationId: string) => useUnitWrite((input: UnitInput) => api<UnitView>('POST', `/api/organizations/${organizationId}/housing-units`, input));
export const useUpdateUnit = () => useUnitWrite(({ id, patch }: { id: string; patch: UnitPatch }) => api<UnitView>('PATCH', `/api/housing-units/${id}`, patch));
export const useArchiveUnit = () => useUnitWrite(({ id, version }: { id: string; version: number }) => api<UnitView>('POST', `/api/housing-units/${id}/archive`, { version }));

/** A flat's photo, as the browser loads it (the session cookie goes along). */
export const photoUrl = (unitId: string, photoId: string) => `/api/housing-units/${unitId}/photos/${photoId}`;
export const useAddPhoto = () => useUnitWrite(({ unit, file }: { unit: UnitView; file: File }) => apiUpload<UnitView>(`/api/housing-units/${unit.id}/photos`, file, FILE_NAME_HEADER));
export const useRemovePhoto = () =>
  useUnitWrite(async ({ unit, photoId }: { unit: UnitView; photoId: string }) => {
    await api<null>('DELETE', photoUrl(unit.id, photoId));
    return unit;
  });

