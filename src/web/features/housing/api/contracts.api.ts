// The framework agreement with the housing partner and each season's loan-for-use contract
// (使用貸借契約): drafted from the stays, sent, reopened, signed by uploading the scan; and the
// download links of its PDF (Japanese, or with a reference translation) and of the scan.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementInput, AgreementPatch, AgreementView, ContractInput, ContractPatch, ContractView } from '../../../../contracts/housing.ts';
import { FILE_NAME_HEADER } from '../../../../contracts/applications.ts';
import { api, apiUpload, queryString } from '../../../lib/api-client.ts';
import { orNull } from './housing.api.ts';

const agreementsKey = ['housing-agreements'] as const;
const contractsKey = (programId: string) => ['loan-contracts', programId] as const;

/** The agreements the viewer may see; null when none may be seen. */
export function useAgreements(enabled = true) {
  return useQuery({ queryKey: agreementsKey, queryFn: () => orNull(api<{ items: AgreementView[] }>('GET', '/api/housing-agreements')), enabled });
}

export function useLoanContracts(programId: string, enabled = true) {
  return useQuery({ queryKey: contractsKey(programId), queryFn: () => orNull(api<{ items: ContractView[] }>('GET', `/api/programs/${programId}/loan-contracts`)), enabled });
}

function useAgreementWrite<I>(write: (input: I) => Promise<AgreementView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => client.invalidateQueries({ queryKey: agreementsKey }) });
}

export const useCreateAgreement = () => useAgreementWrite((input: AgreementInput) => api<AgreementView>('POST', '/api/housing-agreements', input));
export const useUpdateAgreement = () => useAgreementWrite(({ id, patch }: { id: string; patch: AgreementPatch }) => api<AgreementView>('PATCH', `/api/housing-agreements/${id}`, patch));

function useContractWrite<I>(programId: string, write: (input: I) => Promise<ContractView>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSettled: () => client.invalidateQueries({ queryKey: contractsKey(programId) }) });
}

export const useDraftContract = (programId: string) => useContractWrite(programId, (input: ContractInput) => api<ContractView>('POST', `/api/programs/${programId}/loan-contracts`, input));
/** A draft's conditions saved, and the draft drawn again from the current stays as a new revision. */
export const useReviseContract = (programId: string) => useContractWrite(programId, ({ id, patch }: { id: string; patch: ContractPatch }) => api<ContractView>('PATCH', `/api/loan-contracts/${id}`, patch));
export const useSendContract = (programId: string) => useContractWrite(programId, ({ id, version }: { id: string; version: number }) => api<ContractView>('POST', `/api/loan-contracts/${id}/send`, { version }));
export const useReopenContract = (programId: string) => useContractWrite(programId, ({ id, version }: { id: string; version: number }) => api<ContractView>('POST', `/api/loan-contracts/${id}/reopen`, { version }));
/** The signed scan (PDF, JPEG or PNG) goes up as the raw body, like a CV; the server tells its type by its content. */
export const useUploadSignedScan = (programId: string) => useContractWrite(programId, ({ id, file }: { id: string; file: File }) => apiUpload<ContractView>(`/api/loan-contracts/${id}/signed-scan`, file, FILE_NAME_HEADER));

/** The contract's PDF: the Japanese original, or with an English or Mongolian reference translation. */
export const contractPdfUrl = (id: string, options: { revision?: number; translation?: 'en' | 'mn' } = {}) => `/api/loan-contracts/${id}/pdf${queryString({ revision: options.revision, translation: options.translation })}`;
export const signedScanUrl = (id: string) => `/api/loan-contracts/${id}/signed-scan`;
