import { useEffect } from 'react';
import { watchProposal } from './proposal-watch';
import { useRealtimeSocket } from './realtime-context';

/**
 * Receives `proposal.count` and `proposal.status` of one proposal while the component is mounted
 * (listen with useServerEvent and compare the payload's proposalId).
 */
export const useProposalWatch = (proposalId: string): void => {
  const socket = useRealtimeSocket();
  useEffect(() => watchProposal(socket, proposalId), [socket, proposalId]);
};
