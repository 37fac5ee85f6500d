import { describe, it } from '@jest/globals';
import { platform, county, returnForCorrection, H } from './story.spec.js';

describe('Art. 10: what a return must tell the operator', () => {
  it('a written reason alone is enough, with no material missing', () => {
    platform.given(H.submitted).when(returnForCorrection(['服务收支数据与审计报告不一致'], []), county('2027-03-25')).then([
      { type: 'ApplicationReturnedForCorrection', data: { cycleYear: 2027, reasons: ['服务收支数据与审计报告不一致'], missingMaterials: [] } },
    ]);
  });

  it('one written reason among blank ones is enough', () => {
    platform.given(H.submitted).when(returnForCorrection(['  ', '场地证明已过期'], []), county('2027-03-25')).then([
      { type: 'ApplicationReturnedForCorrection', data: { cycleYear: 2027, reasons: ['  ', '场地证明已过期'], missingMaterials: [] } },
    ]);
  });
});
