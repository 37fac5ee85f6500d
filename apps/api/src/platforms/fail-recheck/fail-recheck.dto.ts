import { REVIEWERS_EXAMPLE, TextList } from '../../shared/dto.js';

export class FailRecheckDto {
  @TextList(REVIEWERS_EXAMPLE, 'who reviewed the recheck (Art. 15)') reviewers!: string[];
  @TextList(['服务企业数量连续两年低于认定条件，复核不合格']) reasons!: string[];
}
