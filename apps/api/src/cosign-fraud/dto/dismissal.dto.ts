import { ApiProperty } from '@nestjs/swagger';
import { COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH } from '@open-proposals/domain';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

const trimmed = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class DismissCosignAlertDto {
  @ApiProperty({
    minLength: 1,
    maxLength: COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH,
    description: 'Why the source is legitimate, for other moderators (trimmed; never public)',
    example: '國立大學校園信箱，該校師生關心此校園議題，屬正常附議。',
  })
  // Trimmed before the checks, so a note of spaces is refused as empty rather than stored.
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(COSIGN_ALERT_DISMISSAL_NOTE_MAX_LENGTH)
  note!: string;
}
