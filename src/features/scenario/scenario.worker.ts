/**
 * The scenario worker: re-projects every region × level × year off the main thread, so a slider
 * drag never blocks the page. It holds the API baseline (sent once per forecast) and answers each
 * assumption change with the projected series. The model is the same pure function the tests call.
 */
import { expose } from 'comlink'
import type { SchoolForecastSeries } from '@/api'
// Direct import, not the schools room's door: the door carries Vue components a worker must not load.
import { projectAll, type ProjectedSeries, type SchoolAssumptions } from '@/features/schools/cohortModel'

let baseline: { series: SchoolForecastSeries[]; baseYear: number } | null = null

const api = {
  setBaseline(series: SchoolForecastSeries[], baseYear: number): void {
    baseline = { series, baseYear }
  },
  project(a: SchoolAssumptions): { series: ProjectedSeries[]; ms: number } {
    const t0 = performance.now()
    const series = baseline ? projectAll(baseline.series, a, baseline.baseYear) : []
    return { series, ms: performance.now() - t0 }
  },
}
export type ScenarioWorkerApi = typeof api

expose(api)
