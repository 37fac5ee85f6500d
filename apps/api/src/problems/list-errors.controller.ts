import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { CATALOGUE, KINDS, titleOf, type CatalogueEntry, type ErrorCode } from '@certflow/errors';
import { Public } from '../auth/auth.guard.js';
import { ApiProblems } from './problem.dto.js';

class ErrorMeaningDto {
  @ApiProperty({ example: '该年度申报未开放或已截止' }) 'zh-CN'!: string;
  @ApiProperty({ example: 'applications for that year are not open' }) en!: string;
}

export class ErrorCodeDto {
  @ApiProperty({ example: 'application.cycle-closed', description: 'the stable `code` of a problem answer' }) code!: string;
  @ApiProperty({ example: 409, type: 'integer', description: 'the HTTP status it is answered with (500: logged, answered as `internal`)' }) status!: number;
  @ApiProperty({ example: 'Refused', description: 'the `title` of its problem answer' }) title!: string;
  @ApiPropertyOptional({
    example: '12',
    description: 'the article of the measures that decides it; a list (e.g. `6, 7`) where it depends on the case, and the answer names the one',
  })
  article?: string;
  @ApiProperty({ type: ErrorMeaningDto, description: 'what the code means; an answer’s message adds the specifics' }) meaning!: ErrorMeaningDto;
}

/** The catalogue as clients see it, so they can switch on codes without reading our source. */
export function listErrors(): ErrorCodeDto[] {
  return (Object.entries(CATALOGUE) as [ErrorCode, CatalogueEntry][]).map(([code, entry]) => {
    const article = entry.article ?? entry.articles;
    return {
      code,
      status: KINDS[entry.kind].status,
      title: titleOf(code),
      ...(article !== undefined ? { article } : {}),
      meaning: { 'zh-CN': entry.zh, en: entry.en },
    };
  });
}

@ApiTags('errors')
@Public()
@Controller('api/v1/errors')
export class ListErrorsController {
  private readonly answer = listErrors();

  @Get()
  @ApiOperation({ operationId: 'listErrors', summary: 'Every problem code with its status, article and meaning in zh-CN and en' })
  @ApiOkResponse({ type: [ErrorCodeDto] })
  @ApiProblems([429])
  list(): ErrorCodeDto[] {
    return this.answer;
  }
}
