import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FIRST_TASKFORCE } from '../database/seed/first-plan-taskforce';
import { TaskforceStructureResponse } from './taskforce-structure.response';
import { TaskforceStructureRepository } from './taskforce-structure.repository';

/** Public: who convenes the task force and how it is made up. Not the member accounts, which stay private. */
@ApiTags('task force')
@Controller('v1/taskforce')
export class TaskforceStructureController {
  constructor(private readonly structure: TaskforceStructureRepository) {}

  @Get('structure')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'The task force’s structure: convener, co-conveners, government and civil members, founding date and meeting rhythm (zh-TW and English)' })
  @ApiOkResponse({ type: TaskforceStructureResponse })
  async get(): Promise<TaskforceStructureResponse> {
    // The seats are stored (and seeded) reference data; the facts about the body itself come with the seed.
    const { seats: _seeded, ...facts } = FIRST_TASKFORCE;
    const seats = await this.structure.seats();
    return {
      ...facts,
      seats: seats.map((s) => ({ ...s, holder: s.holder === null ? null : { ...s.holder }, title: { ...s.title }, note: { ...s.note } })),
    };
  }
}
