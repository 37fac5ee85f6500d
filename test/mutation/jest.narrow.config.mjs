// The domain's Jest configuration narrowed to the specs named in MUTATION_SPECS (comma-separated
// paths from the repository root), for measuring one file on a busy machine: every mutant then
// loads only those specs. A mutant only other specs would kill counts as surviving or uncovered,
// so the score of such a run is a lower bound.
import base from './jest.domain.config.mjs';

const specs = (process.env.MUTATION_SPECS ?? '').split(',').filter(Boolean);

export default { ...base, testMatch: specs.length > 0 ? specs.map((spec) => `<rootDir>/${spec}`) : base.testMatch };
