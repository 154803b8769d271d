import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { SignedIn } from '../common/auth/api-session.decorator';
import { CurrentActor, RequireRole } from '../common/auth/auth.decorators';
import { ApiException } from '../common/errors/api.exception';
import { ErrorResponse } from '../common/errors/error.response';
import { ChangeCycleSettingsService } from './change-cycle-settings.service';
import { CycleSettingsRepository } from './cycle-settings.repository';
import { CycleSettingsResponse } from './cycle-settings.response';
import { toCycleSettingsResponse } from './cycle-settings.view';
import { ChangeCycleSettingsDto } from './dto/cycle-settings.dto';

@ApiTags('admin')
@Controller('v1/admin/cycles/current')
@SignedIn()
@RequireRole('admin')
export class AdminCyclesController {
  constructor(
    private readonly cycles: CycleSettingsRepository,
    private readonly changing: ChangeCycleSettingsService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The current participation cycle's settings and how many proposals are collecting co-signs (admin)" })
  @ApiOkResponse({ type: CycleSettingsResponse })
  @ApiConflictResponse({ type: ErrorResponse, description: 'no_open_cycle: no cycle is current' })
  async read(): Promise<CycleSettingsResponse> {
    const cycle = await this.cycles.current();
    if (cycle === null) throw new ApiException('no_open_cycle');
    return toCycleSettingsResponse(cycle);
  }

  @Patch()
  @ApiOperation({
    summary: "Change the current cycle's co-sign threshold, co-sign window or blackout periods (admin); recorded in the audit log",
    description:
      'Fields left out stay as they are; blackoutPeriods replaces the whole list. The threshold applies to open proposals at once ' +
      '(lowering is always allowed; raising is refused while proposals are collecting co-signs). A new window length applies only to ' +
      'proposals published afterwards, since each proposal keeps the deadline it was published with. Blackouts apply at once to every submission and co-sign.',
  })
  @ApiOkResponse({ type: CycleSettingsResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: per-field errors (threshold or window below 1 or not whole, a blackout ending before it starts or without a reason in both languages, unknown fields)' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'cycle_threshold_raise_while_open: raising the threshold while proposals are open; no_open_cycle: no cycle is current' })
  async change(@CurrentActor() actor: Actor, @Body() body: ChangeCycleSettingsDto): Promise<CycleSettingsResponse> {
    const saved = await this.changing.change(actor, {
      ...(body.threshold === undefined ? {} : { threshold: body.threshold }),
      ...(body.cosignWindowDays === undefined ? {} : { cosignWindowDays: body.cosignWindowDays }),
      ...(body.blackoutPeriods === undefined
        ? {}
        : {
            blackoutPeriods: body.blackoutPeriods.map((p) => ({
              startsAt: new Date(p.startsAt),
              endsAt: new Date(p.endsAt),
              reason: { 'zh-TW': p.reasonZhTw.trim(), en: p.reasonEn.trim() },
            })),
          }),
    });
    return toCycleSettingsResponse(saved);
  }
}
