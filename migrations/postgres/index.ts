import * as migration_20261126_194444_initial from './20261126_194444_initial';
import * as migration_20261126_201553_households_and_passes from './20261126_201553_households_and_passes';
import * as migration_20261126_202655_benchmark_baselines from './20261126_202655_benchmark_baselines';
import * as migration_20261127_001954_hardening from './20261127_001954_hardening';
import * as migration_20261127_023436_workflows from './20261127_023436_workflows';

export const migrations = [
  {
    up: migration_20261126_194444_initial.up,
    down: migration_20261126_194444_initial.down,
    name: '20261126_194444_initial',
  },
  {
    up: migration_20261126_201553_households_and_passes.up,
    down: migration_20261126_201553_households_and_passes.down,
    name: '20261126_201553_households_and_passes',
  },
  {
    up: migration_20261126_202655_benchmark_baselines.up,
    down: migration_20261126_202655_benchmark_baselines.down,
    name: '20261126_202655_benchmark_baselines',
  },
  {
    up: migration_20261127_001954_hardening.up,
    down: migration_20261127_001954_hardening.down,
    name: '20261127_001954_hardening',
  },
  {
    up: migration_20261127_023436_workflows.up,
    down: migration_20261127_023436_workflows.down,
    name: '20261127_023436_workflows'
  },
];
