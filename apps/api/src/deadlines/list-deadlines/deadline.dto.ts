import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Day, Instant } from '../../shared/responses.js';

class DeadlineTextDto {
  @ApiProperty({ example: '2027年度申报截止（2027-04-30），此后不再受理申报（第十二条）' }) zh!: string;
  @ApiProperty({ example: 'the 2027 application window closes after 2027-04-30; later submissions are refused (Art. 12)' }) en!: string;
}

export class DeadlineDto {
  @ApiProperty({ example: 'close-application-window/2027', description: 'stable id; the command certflow issues carries `scheduler:` + this id' }) id!: string;
  @ApiProperty({
    enum: ['close-application-window', 'open-recheck', 'summary-overdue', 'fail-recheck', 'revoke-certification', 'revocation-due', 'reminder'],
    example: 'close-application-window',
  })
  rule!: string;
  @ApiProperty({ example: '12', description: 'the article of the measures' }) article!: string;
  @Instant('2027-04-30T16:00:00.000Z', 'the first instant the rule applies') dueAt!: string;
  @ApiProperty({ example: '2027-05-01T00:00:00+08:00', description: 'the same instant in Asia/Shanghai' }) dueAtShanghai!: string;
  @Day('2027-05-01', 'the Asia/Shanghai day it falls due (a deadline is inclusive: the day after it)') dueOn!: string;
  @ApiProperty({ example: 2027, type: 'integer', description: 'the cycle (for a yearly summary: the year it reports on)' }) year!: number;
  @ApiPropertyOptional({ example: 'gz-info-001' }) platformId?: string;
  @ApiPropertyOptional({ example: '360702' }) county?: string;
  @ApiProperty({ enum: ['certflow-issues', 'city-decides'], example: 'certflow-issues', description: 'who acts when it falls due' }) action!: string;
  @ApiPropertyOptional({
    example: 'CloseApplicationWindow',
    description: 'the command certflow issues, as the city; SendDeadlineReminder: a DeadlineReminderSent event on the deadline-reminders stream',
  })
  command?: string;
  @ApiProperty({ example: false, description: 'due by the business time now and not issued yet' }) due!: boolean;
  @ApiProperty({ type: DeadlineTextDto, description: 'what will happen' }) what!: DeadlineTextDto;
}

export class DeadlinesDto {
  @Instant('2027-03-01T01:30:00.000Z', 'the business time the answer is as of') businessTime!: string;
  @ApiProperty({ type: [DeadlineDto], description: 'earliest first' }) items!: DeadlineDto[];
}
