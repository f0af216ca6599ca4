import * as v from 'valibot'
import { LocalizedText, RegionCode, uniqueList } from './common'

export const SEVERITIES = ['info', 'warning', 'critical'] as const
export const Severity = v.picklist(SEVERITIES)
export type Severity = v.InferOutput<typeof Severity>

export const Alert = v.object({
  id: v.string(),
  severity: Severity,
  region: RegionCode,
  /** Metric the alert is about, e.g. "schools.primary.gap", "clinics.utilisation". */
  metric: v.string(),
  value: v.number(),
  threshold: v.number(),
  /** Year or date the problem starts. */
  when: v.string(),
  /** Plain-text reason, both languages. */
  reason: LocalizedText,
})
export type Alert = v.InferOutput<typeof Alert>

export const Alerts = v.object({ alerts: uniqueList(Alert, (a) => a.id, ['id']) })
export type Alerts = v.InferOutput<typeof Alerts>
