import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@open-proposals/domain';
import { CurrentActor } from '../common/auth/auth.decorators';
import { ErrorResponse } from '../common/errors/error.response';
import { uuidParam } from '../common/http/uuid-param';
import { CosignAlertsService } from './cosign-alerts.service';
import { CosignAlertListResponse, DismissedCosignAlertResponse, InvalidationPreviewResponse, InvalidationResponse } from './cosign-fraud.responses';
import { DismissCosignAlertService } from './dismiss-cosign-alert.service';
import { DismissCosignAlertDto } from './dto/dismissal.dto';
import { InvalidateCosignsDto, InvalidationCriterionDto } from './dto/invalidation.dto';
import { InvalidateCosignsService } from './invalidate-cosigns.service';
import { PreviewInvalidationService } from './preview-invalidation.service';
import { ModeratorOnly } from '../moderation/moderator-only.decorator';


const CRITERION_ERRORS =
  'validation_failed (unknown field, bad domain, hash or date); invalidation.criterion_required; invalidation.time_range_incomplete; invalidation.time_range_inverted';

/** Anti-automation for moderators (issue 8): trending sources (and their dismissal), and bulk invalidation with a preview. */
@ApiTags('moderation')
@Controller('v1/moderation')
export class CosignFraudController {
  constructor(
    private readonly alerts: CosignAlertsService,
    private readonly previews: PreviewInvalidationService,
    private readonly invalidations: InvalidateCosignsService,
    private readonly dismissals: DismissCosignAlertService,
  ) {}

  @Get('cosign-alerts')
  @ModeratorOnly()
  @ApiOperation({ summary: 'Trending co-sign sources: per proposal, an email domain or masked IP prefix with an anomalous share of recent co-signs' })
  @ApiOkResponse({ type: CosignAlertListResponse })
  list(@CurrentActor() actor: Actor): Promise<CosignAlertListResponse> {
    return this.alerts.open(actor);
  }

  @Post('cosign-alerts/:id/dismissal')
  @ModeratorOnly()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Dismiss a trending-source alert as legitimate, with a note for other moderators',
    description:
      'Settles the alert (it leaves the list) and records who and why, with an audit line; no co-sign changes. The alert reopens if the source trends again with co-signs newer than the dismissal.',
  })
  @ApiOkResponse({ type: DismissedCosignAlertResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: 'validation_failed: note missing, empty after trimming or over 500 characters, or an unknown field' })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no alert has this id' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'cosign_alert.already_resolved: the alert was already dismissed or resolved by an invalidation; nothing was written' })
  dismiss(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: DismissCosignAlertDto): Promise<DismissedCosignAlertResponse> {
    return this.dismissals.dismiss(actor, id, body);
  }

  @Post('proposals/:id/invalidations/preview')
  @ModeratorOnly()
  @HttpCode(200)
  @ApiOperation({ summary: 'How many valid co-signs of the proposal a criterion matches; changes nothing' })
  @ApiOkResponse({ type: InvalidationPreviewResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: CRITERION_ERRORS })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no published proposal has this id' })
  preview(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: InvalidationCriterionDto): Promise<InvalidationPreviewResponse> {
    return this.previews.preview(actor, id, body);
  }

  @Post('proposals/:id/invalidations')
  @ModeratorOnly()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Invalidate the co-signs a criterion matches, with a public reason and note',
    description:
      'One transaction: the co-signs are marked (never deleted), the count drops by exactly that number, an audit line and a public log line are written. The proposal’s status does not change, even below its threshold. Those co-signers cannot co-sign this proposal again.',
  })
  @ApiOkResponse({ type: InvalidationResponse })
  @ApiBadRequestResponse({ type: ErrorResponse, description: `${CRITERION_ERRORS}; invalidation.note_required` })
  @ApiNotFoundResponse({ type: ErrorResponse, description: 'not_found: no published proposal has this id' })
  @ApiConflictResponse({ type: ErrorResponse, description: 'invalidation.nothing_matched: no valid co-sign matches (already invalidated?); nothing was written' })
  invalidate(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Body() body: InvalidateCosignsDto): Promise<InvalidationResponse> {
    return this.invalidations.invalidate(actor, id, body);
  }
}
