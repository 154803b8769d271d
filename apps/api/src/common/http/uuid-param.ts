import { ParseUUIDPipe } from '@nestjs/common';
import { ApiException } from '../errors/api.exception';

/** A malformed id names nothing that exists: 404, never 500 or a validation message. */
export const uuidParam = new ParseUUIDPipe({ exceptionFactory: () => new ApiException('not_found') });
