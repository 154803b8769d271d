import { Module, RequestMethod, type DynamicModule } from '@nestjs/common';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '../../config/app-config';
import { REDACTED, scrubPersonalData, scrubText } from './personal-data-scrubber';
import { requestIdOf } from './request-id';

/** The pino-http options of the API and the worker; exported so a test can log through exactly these. */
export const pinoHttpOptions = (config: Pick<AppConfig, 'LOG_LEVEL'>, name: 'api' | 'worker'): Options => ({
  name,
  level: config.LOG_LEVEL,
  genReqId: requestIdOf,
  customAttributeKeys: { reqId: 'requestId' },
  // Personal data and credentials never reach the logs: known paths are censored, and every
  // argument of every log call is scrubbed of emails, phone numbers and hashes (personal-data-scrubber.ts).
  redact: {
    paths: [
      'req.headers.cookie',
      'req.headers.authorization',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
      'req.body.password',
      'req.body.email',
      'req.body.phone',
    ],
    censor: REDACTED,
  },
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((arg) => scrubPersonalData(arg)) as Parameters<typeof method>);
    },
  },
  serializers: {
    // The query string may hold an address (?email=…); ids, method and path are enough to trace a request.
    req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: scrubText(req.url) }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
  autoLogging: { ignore: (req) => req.url === '/api/health' },
});

/** JSON logs with pino; every line written while serving a request carries its id. */
@Module({})
export class LoggerModule {
  static forRoot(config: AppConfig, name: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggerModule,
      imports: [
        PinoLoggerModule.forRoot({
          // Named wildcard (path-to-regexp 8, as Nest matches middleware paths): a bare '*' is not understood.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: pinoHttpOptions(config, name),
        }),
      ],
    };
  }
}
