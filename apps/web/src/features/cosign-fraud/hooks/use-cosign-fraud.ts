import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvalidationReason } from '@open-proposals/domain';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useServerEvent } from '../../../shared/realtime/use-server-event';
import { proposalKeys } from '../../proposals/api/proposals-api';
import {
  cosignFraudKeys,
  dismissCosignAlert,
  fetchCosignAlerts,
  fetchInvalidationLog,
  invalidateCosigns,
  previewInvalidation,
  type InvalidationCriterion,
} from '../api/cosign-fraud-api';

/** Alerts arrive live (moderation.cosign_alert); the poll is only a safety net for a dropped socket. */
const ALERTS_REFRESH_MS = 60_000;

export const useCosignAlerts = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  useServerEvent('moderation.cosign_alert', () => void queryClient.invalidateQueries({ queryKey: cosignFraudKeys.alerts }));
  return useQuery({ queryKey: cosignFraudKeys.alerts, queryFn: ({ signal }) => fetchCosignAlerts(client, signal), refetchInterval: ALERTS_REFRESH_MS });
};

export const useInvalidationPreview = (proposalId: string) => {
  const client = useApiClient();
  return useMutation({ mutationFn: (criterion: InvalidationCriterion) => previewInvalidation(client, proposalId, criterion) });
};

export const useInvalidateCosigns = (proposalId: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvalidationCriterion & { reason: InvalidationReason; note: string }) => invalidateCosigns(client, proposalId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: cosignFraudKeys.alerts });
      void queryClient.invalidateQueries({ queryKey: cosignFraudKeys.logs });
      void queryClient.invalidateQueries({ queryKey: proposalKeys.stats(proposalId) });
    },
  });
};

/** Dismissing an alert as legitimate; the list is fetched again, so it leaves as the server says. */
export const useDismissCosignAlert = (alertId: string) => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => dismissCosignAlert(client, alertId, note),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: cosignFraudKeys.alerts }),
  });
};

/** The public log, of one proposal or (null) of all. */
export const useInvalidationLog = (proposalId: string | null, page = 1) => {
  const client = useApiClient();
  return useQuery({
    queryKey: cosignFraudKeys.log(proposalId, page),
    queryFn: ({ signal }) => fetchInvalidationLog(client, proposalId, page, signal),
    placeholderData: keepPreviousData,
  });
};
