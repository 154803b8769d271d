import type { WorkerHeartbeatEvent } from '@open-proposals/domain';
import { useState } from 'react';
import { useServerEvent } from '../../../shared/realtime/use-server-event';

/** The last heartbeat the background worker sent over the shared socket, or null until one arrives. */
export const useWorkerHeartbeat = (): WorkerHeartbeatEvent | null => {
  const [heartbeat, setHeartbeat] = useState<WorkerHeartbeatEvent | null>(null);
  useServerEvent('system.heartbeat', setHeartbeat);
  return heartbeat;
};
