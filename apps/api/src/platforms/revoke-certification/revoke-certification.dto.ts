import { TextList } from '../../shared/dto.js';

export class RevokeCertificationDto {
  @TextList(['公告期满无异议，撤销示范平台称号']) reasons!: string[];
}
