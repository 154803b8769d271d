import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/api-client-context';
import { cycleKeys, fetchCycleSettings, patchCycleSettings, type CycleSettingsChange } from '../api/cycle-settings-api';

export const useCycleSettings = () => {
  const client = useApiClient();
  return useQuery({ queryKey: cycleKeys.current, queryFn: ({ signal }) => fetchCycleSettings(client, signal) });
};

export const useSaveCycleSettings = () => {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: CycleSettingsChange) => patchCycleSettings(client, change),
    onSuccess: (saved) => queryClient.setQueryData(cycleKeys.current, saved),
  });
};
