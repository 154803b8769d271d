import type { WorkerHeartbeatEvent } from '@open-proposals/domain';
import { useLatestServerEvent } from '../../../shared/realtime/use-latest-server-event';

/** The last heartbeat the background worker sent over the shared socket, or null until one arrives. */
export const useWorkerHeartbeat = (): WorkerHeartbeatEvent | null => useLatestServerEvent('system.heartbeat');
