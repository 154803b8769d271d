import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/app-config';
import { assignRequestId } from './request-id';

/** JSON logs with pino; every line written while serving a request carries its id. */
@Module({})
export class LoggerModule {
  static forRoot(config: AppConfig, name: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggerModule,
      imports: [
        PinoLoggerModule.forRoot({
          // Named wildcard: Express 5's router no longer understands a bare '*'.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            name,
            level: config.LOG_LEVEL,
            genReqId: assignRequestId,
            customAttributeKeys: { reqId: 'requestId' },
            // Personal data and credentials never reach the logs.
            redact: {
              paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
              censor: '[redacted]',
            },
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
            },
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
        }),
      ],
    };
  }
}
