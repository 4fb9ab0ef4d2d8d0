// `npm run fuzz [-- RUNS]`: the property tests with many more runs and larger inputs than CI gives them
// (default 20000 runs per property). A failure prints the seed, the path and the command that replays it.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '20000';
const result = spawnSync('npx', ['vitest', 'run', 'test/properties.test.ts', '--testTimeout=0'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
