import * as migration_20261126_193901_initial from './20261126_193901_initial';

export const migrations = [
  {
    up: migration_20261126_193901_initial.up,
    down: migration_20261126_193901_initial.down,
    name: '20261126_193901_initial'
  },
];
