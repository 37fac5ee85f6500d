import { TextList } from '../../shared/dto.js';

export class AnnounceRevocationDto {
  @TextList(['复核不合格，拟撤销示范平台称号'], 'why the title is to be revoked; published with the notice (Art. 15)') reasons!: string[];
}
