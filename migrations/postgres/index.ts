import * as migration_20261126_194444_initial from './20261126_194444_initial';

export const migrations = [
  {
    up: migration_20261126_194444_initial.up,
    down: migration_20261126_194444_initial.down,
    name: '20261126_194444_initial'
  },
];
