import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '../../../shared/api/api-client-context';
import { useProposalWatch } from '../../../shared/realtime/use-proposal-watch';
import { useServerEvent } from '../../../shared/realtime/use-server-event';
import { fetchHomeSection, homeKeys, type HomeSection } from '../api/home-api';

export const useHomeSection = (section: HomeSection) => {
  const client = useApiClient();
  return useQuery({ queryKey: homeKeys.section(section.id), queryFn: ({ signal }) => fetchHomeSection(client, section, signal) });
};

/** A listed proposal's co-sign count, kept live through its socket room while the card is shown. */
export const useLiveCount = (proposalId: string, listed: number): number => {
  const [live, setLive] = useState<{ readonly id: string; readonly count: number } | null>(null);
  useProposalWatch(proposalId);
  useServerEvent('proposal.count', (event) => {
    if (event.proposalId === proposalId) setLive({ id: proposalId, count: event.count });
  });
  return live?.id === proposalId ? live.count : listed;
};
