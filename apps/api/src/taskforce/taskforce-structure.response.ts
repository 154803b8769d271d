import { ApiProperty } from '@nestjs/swagger';
import { TASK_FORCE_ROLES, TASK_FORCE_SIDES } from '@open-proposals/domain';
import { LocalizedTextResponse } from '../action-plans/action-plan.response';

export class TaskforceSeatResponse {
  @ApiProperty({ example: 'convener', description: 'Stable key of the seat or group of seats' }) code!: string;
  @ApiProperty({ enum: TASK_FORCE_ROLES }) role!: string;
  @ApiProperty({ enum: TASK_FORCE_SIDES }) side!: string;
  @ApiProperty({ type: LocalizedTextResponse, nullable: true, description: 'Named only where the source names the holder' }) holder!: LocalizedTextResponse | null;
  @ApiProperty({ type: LocalizedTextResponse, description: 'Office or description of the seat' }) title!: LocalizedTextResponse;
  @ApiProperty({ type: Number, nullable: true, example: 12, description: 'How many seats; null where the source gives no number' }) seatCount!: number | null;
  @ApiProperty({ type: LocalizedTextResponse }) note!: LocalizedTextResponse;
}

export class TaskforceStructureResponse {
  @ApiProperty({ type: LocalizedTextResponse }) name!: LocalizedTextResponse;
  @ApiProperty({ example: '2020-08', description: 'Month it was set up (YYYY-MM)' }) establishedIn!: string;
  @ApiProperty({ enum: ['quarterly'] }) meetingFrequency!: string;
  @ApiProperty({ type: LocalizedTextResponse }) composition!: LocalizedTextResponse;
  @ApiProperty({ type: LocalizedTextResponse, description: 'Where this description comes from' }) source!: LocalizedTextResponse;
  @ApiProperty({ type: [TaskforceSeatResponse], description: 'Convener, co-conveners, then each side’s members' }) seats!: TaskforceSeatResponse[];
}
