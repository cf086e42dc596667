// What operator administrators look into: the audit trail and the in-app outbox. Both come
// scoped to the reader's operator from the API.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEventPage, AuditEventQuery } from '../../../../contracts/audit-events.ts';
import type { OutboxPage } from '../../../../contracts/outbox.ts';
import { api, queryString } from '../../../lib/api-client.ts';

export type AuditFilters = Partial<Pick<AuditEventQuery, 'resourceType' | 'action' | 'actorUserId' | 'from' | 'to'>> & { page: number };

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit-events', filters],
    queryFn: () => api<AuditEventPage>('GET', `/api/audit-events${queryString({ ...filters, pageSize: 50 })}`),
    placeholderData: keepPreviousData,
    // Others change these lists (an invitee accepts, a colleague invites): ask again on each visit.
    staleTime: 0,
  });
}

export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['outbox', page],
    queryFn: () => api<OutboxPage>('GET', `/api/outbox${queryString({ page, pageSize: 20 })}`),
    placeholderData: keepPreviousData,
    // Others change these lists (an invitee accepts, a colleague invites): ask again on each visit.
    staleTime: 0,
  });
}
