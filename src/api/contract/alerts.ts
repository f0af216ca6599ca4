import { z } from '../../zod'
import { LocalizedText, RegionCode, uniqueList } from './common'

export const SEVERITIES = ['info', 'warning', 'critical'] as const
export const Severity = z.enum(SEVERITIES)
export type Severity = z.infer<typeof Severity>

export const Alert = z.object({
  id: z.string(),
  severity: Severity,
  region: RegionCode,
  /** Metric the alert is about, e.g. "schools.primary.gap", "clinics.utilisation". */
  metric: z.string(),
  value: z.number(),
  threshold: z.number(),
  /** Year or date the problem starts. */
  when: z.string(),
  /** Plain-text reason, both languages. */
  reason: LocalizedText,
})
export type Alert = z.infer<typeof Alert>

export const Alerts = z.object({ alerts: uniqueList(Alert, (a) => a.id, ['id']) })
export type Alerts = z.infer<typeof Alerts>
