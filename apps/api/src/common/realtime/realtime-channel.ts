import type { AppConfig } from '../../config/app-config';

/** The Redis channel prefix shared by the socket.io adapter (API) and the emitter (any process). */
export const realtimeChannel = (config: AppConfig): string => `${config.REDIS_PREFIX}:socket.io`;
