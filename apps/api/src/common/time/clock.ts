import { Injectable } from '@nestjs/common';

/**
 * The current instant, injected instead of calling `new Date()` so that a test can move time
 * to a deadline (jest.spyOn(clock, 'now')) rather than wait days for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
