import { isAfter, type IsoDate } from '../shared/dates.js';
import { invalid, refuse } from '../shared/domain-error.js';
import { MATERIAL_LABELS_ZH, type RecheckMaterialCode } from '../ruleset/ruleset.js';
import type { PlatformEvent } from './platform.events.js';
import { wrongStatus, type CommandOf, type DecisionContext } from './shared.js';
import type { PlatformState } from './state.js';

/** Art. 15: the materials are due by the cycle's deadline. */
export const materialsLate = (dueOn: IsoDate) =>
  refuse('recheck.materials-late', {
    zh: `复核材料报送截止日为${dueOn}（第十五条）`,
    en: `recheck materials were due by ${dueOn} (Art. 15)`,
  }, '15');

export const materialsMissing = (missing: readonly RecheckMaterialCode[]) =>
  invalid('recheck.materials-missing', {
    zh: `复核材料不全，缺少：${missing.map((code: RecheckMaterialCode) => MATERIAL_LABELS_ZH[code]).join('、')}（第十五条）`,
    en: `recheck materials missing: ${missing.join(', ')} (Art. 15)`,
  }, '15', { missing });

export function decideSubmitRecheckMaterials(
  command: CommandOf<'SubmitRecheckMaterials'>,
  state: PlatformState,
  { ruleset, today }: DecisionContext,
): PlatformEvent[] {
  if (state.status !== 'recheck-open') throw wrongStatus(state, command.type);
  if (isAfter(today, state.materialsDueOn)) throw materialsLate(state.materialsDueOn);
  const given = new Set(command.data.materials.map((m) => m.code));
  const missing = ruleset.recheckMaterials.filter((code) => !given.has(code));
  if (missing.length > 0) throw materialsMissing(missing);
  return [{ type: 'RecheckMaterialsSubmitted', data: { cycleYear: state.cycleYear, materials: command.data.materials, submittedOn: today } }];
}
