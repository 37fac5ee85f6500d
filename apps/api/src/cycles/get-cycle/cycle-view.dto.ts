import { ApiProperty } from '@nestjs/swagger';
import { Day, RecordedEventDto } from '../../shared/responses.js';

class CycleStateDto {
  @ApiProperty({ enum: ['open', 'window-closed', 'review-closed', 'published'], example: 'open' }) status!: string;
  @ApiProperty({ example: 2027, type: 'integer' }) year!: number;
  @ApiProperty({ example: 'ganzhou-2013' }) rulesetId!: string;
  @ApiProperty({ example: 1, type: 'integer' }) rulesetVersion!: number;
  @Day('2027-04-30', 'last day to apply (Art. 12)') applicationDeadline!: string;
  @Day('2027-05-31', 'last day for recheck materials (Art. 15)') recheckMaterialsDeadline!: string;
  @Day('2027-07-31', "last day of the city's review") reviewDeadline!: string;
}

export class CycleViewDto {
  @ApiProperty({ example: 2027, type: 'integer' }) year!: number;
  @ApiProperty({ type: CycleStateDto }) state!: CycleStateDto;
  @ApiProperty({ example: 1, type: 'integer' }) streamVersion!: number;
  @ApiProperty({ type: [RecordedEventDto], description: "the cycle's stream, oldest first" }) history!: RecordedEventDto[];
}
