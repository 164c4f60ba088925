import * as migration_20261126_193906_initial from './20261126_193906_initial';

export const migrations = [
  {
    up: migration_20261126_193906_initial.up,
    down: migration_20261126_193906_initial.down,
    name: '20261126_193906_initial'
  },
];
