import { ApiProperty } from '@nestjs/swagger';
import { MEDIA_TYPES } from '@certflow/documents';

/** What an upload answers: the reference a command attaches as it is. */
export class UploadedDocumentDto {
  @ApiProperty({ description: 'the file name the uploader gave' }) name!: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, lower-case hex; the document is named by it' }) sha256!: string;
  @ApiProperty({ minimum: 1 }) sizeBytes!: number;
  @ApiProperty({ enum: MEDIA_TYPES, description: 'told by the bytes, whatever the file name says' }) mediaType!: string;
  @ApiProperty({ example: '/api/v1/documents/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) location!: string;
}
