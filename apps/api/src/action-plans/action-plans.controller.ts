import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiException } from '../common/errors/api.exception';
import { ActionPlanListResponse, ActionPlanResponse } from './action-plan.response';
import { toActionPlanView, type ActionPlanView } from './action-plan.mapper';
import { ActionPlansRepository } from './action-plans.repository';

@ApiTags('action plans')
@Controller('v1/action-plans')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansRepository) {}

  @Get()
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ summary: 'Every national action plan with its areas, newest first' })
  @ApiOkResponse({ type: ActionPlanListResponse })
  async list(): Promise<{ items: ActionPlanView[] }> {
    const now = new Date();
    return { items: (await this.plans.findAll()).map((plan) => toActionPlanView(plan, now)) };
  }

  @Get(':code')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOperation({ summary: 'One action plan by its code' })
  @ApiOkResponse({ type: ActionPlanResponse })
  @ApiNotFoundResponse({ description: 'No plan has this code' })
  async get(@Param('code') code: string): Promise<ActionPlanView> {
    const plan = await this.plans.findByCode(code);
    if (plan === null) throw new ApiException('not_found');
    return toActionPlanView(plan, new Date());
  }
}
