import { REVIEWERS_EXAMPLE, TextList } from '../../shared/dto.js';

export class RejectApplicationDto {
  @TextList(REVIEWERS_EXAMPLE, 'who reviewed, at least one (Art. 11)')
  reviewers!: string[];

  @TextList(['专项审计报告显示资产负债率过高，财务状况不符合第六条第三项要求'], 'written reasons, at least one (Art. 11)')
  reasons!: string[];
}
