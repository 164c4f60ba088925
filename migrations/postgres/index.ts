import * as migration_20261126_194444_initial from './20261126_194444_initial'
import * as migration_20261126_201553_households_and_passes from './20261126_201553_households_and_passes'
import * as migration_20261126_202655_benchmark_baselines from './20261126_202655_benchmark_baselines'
import * as migration_20261127_001954_hardening from './20261127_001954_hardening'
import * as migration_20261127_022049_estates from './20261127_022049_estates'
import * as migration_20261127_025401_foundation from './20261127_025401_foundation'
import * as migration_20261127_031726_estate_logos from './20261127_031726_estate_logos'
import * as migration_20261127_040624_estate_time_zones from './20261127_040624_estate_time_zones'
import * as migration_20261127_054039_mail from './20261127_054039_mail'
import * as migration_20261127_055834_kiosk_contact from './20261127_055834_kiosk_contact'
import * as migration_20261127_064507_subscriptions from './20261127_064507_subscriptions'
import * as migration_20261127_065940_mail_bench_indexes from './20261127_065940_mail_bench_indexes'
import * as migration_20261127_071951_complaints from './20261127_071951_complaints'
import * as migration_20261127_073316_visitors from './20261127_073316_visitors'
import * as migration_20261127_073951_operation_claims from './20261127_073951_operation_claims'
import * as migration_20261127_101947_passes_polish_and_gate from './20261127_101947_passes_polish_and_gate'
import * as migration_20261127_102851_permit_validity from './20261127_102851_permit_validity'
import * as migration_20261127_125029_complaint_deadlines from './20261127_125029_complaint_deadlines'
import * as migration_20261127_134931_mail_versions_and_housekeeping_jobs from './20261127_134931_mail_versions_and_housekeeping_jobs'
import * as migration_20261128_031900_mail_items_recorded_by from './20261128_031900_mail_items_recorded_by'
import * as migration_20261128_034431_notifications_queued_by from './20261128_034431_notifications_queued_by'
import * as migration_20261128_064140_complaint_actor_columns from './20261128_064140_complaint_actor_columns'
import * as migration_20261128_095710_complaint_unit from './20261128_095710_complaint_unit'
import * as migration_20261128_132152_notice_jobs from './20261128_132152_notice_jobs'

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
    up: migration_20261127_022049_estates.up,
    down: migration_20261127_022049_estates.down,
    name: '20261127_022049_estates',
  },
  {
    up: migration_20261127_025401_foundation.up,
    down: migration_20261127_025401_foundation.down,
    name: '20261127_025401_foundation',
  },
  {
    up: migration_20261127_031726_estate_logos.up,
    down: migration_20261127_031726_estate_logos.down,
    name: '20261127_031726_estate_logos',
  },
  {
    up: migration_20261127_040624_estate_time_zones.up,
    down: migration_20261127_040624_estate_time_zones.down,
    name: '20261127_040624_estate_time_zones',
  },
  {
    up: migration_20261127_054039_mail.up,
    down: migration_20261127_054039_mail.down,
    name: '20261127_054039_mail',
  },
  {
    up: migration_20261127_055834_kiosk_contact.up,
    down: migration_20261127_055834_kiosk_contact.down,
    name: '20261127_055834_kiosk_contact',
  },
  {
    up: migration_20261127_064507_subscriptions.up,
    down: migration_20261127_064507_subscriptions.down,
    name: '20261127_064507_subscriptions',
  },
  {
    up: migration_20261127_065940_mail_bench_indexes.up,
    down: migration_20261127_065940_mail_bench_indexes.down,
    name: '20261127_065940_mail_bench_indexes',
  },
  {
    up: migration_20261127_071951_complaints.up,
    down: migration_20261127_071951_complaints.down,
    name: '20261127_071951_complaints',
  },
  {
    up: migration_20261127_073316_visitors.up,
    down: migration_20261127_073316_visitors.down,
    name: '20261127_073316_visitors',
  },
  {
    up: migration_20261127_073951_operation_claims.up,
    down: migration_20261127_073951_operation_claims.down,
    name: '20261127_073951_operation_claims',
  },
  {
    up: migration_20261127_101947_passes_polish_and_gate.up,
    down: migration_20261127_101947_passes_polish_and_gate.down,
    name: '20261127_101947_passes_polish_and_gate',
  },
  {
    up: migration_20261127_102851_permit_validity.up,
    down: migration_20261127_102851_permit_validity.down,
    name: '20261127_102851_permit_validity',
  },
  {
    up: migration_20261127_125029_complaint_deadlines.up,
    down: migration_20261127_125029_complaint_deadlines.down,
    name: '20261127_125029_complaint_deadlines',
  },
  {
    up: migration_20261127_134931_mail_versions_and_housekeeping_jobs.up,
    down: migration_20261127_134931_mail_versions_and_housekeeping_jobs.down,
    name: '20261127_134931_mail_versions_and_housekeeping_jobs',
  },
  {
    up: migration_20261128_031900_mail_items_recorded_by.up,
    down: migration_20261128_031900_mail_items_recorded_by.down,
    name: '20261128_031900_mail_items_recorded_by',
  },
  {
    up: migration_20261128_034431_notifications_queued_by.up,
    down: migration_20261128_034431_notifications_queued_by.down,
    name: '20261128_034431_notifications_queued_by',
  },
  {
    up: migration_20261128_064140_complaint_actor_columns.up,
    down: migration_20261128_064140_complaint_actor_columns.down,
    name: '20261128_064140_complaint_actor_columns',
  },
  {
    up: migration_20261128_095710_complaint_unit.up,
    down: migration_20261128_095710_complaint_unit.down,
    name: '20261128_095710_complaint_unit',
  },
  {
    up: migration_20261128_132152_notice_jobs.up,
    down: migration_20261128_132152_notice_jobs.down,
    name: '20261128_132152_notice_jobs',
  },
]
