import { REVIEWERS_EXAMPLE, TextList } from '../../shared/dto.js';

export class ConfirmRecheckDto {
  @TextList(REVIEWERS_EXAMPLE, 'who reviewed the recheck (Art. 15)') reviewers!: string[];
  @TextList(['复核材料齐全，县局复核意见为通过，运营情况符合认定条件']) reasons!: string[];
}
