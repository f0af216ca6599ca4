import { computed, inject, provide, type InjectionKey } from 'vue'
import { useQuery } from '@tanstack/vue-query'
import { clinicQueries } from '@/features/clinics'
import { useRegionTexts } from '@/features/city'
import { flowQueries } from '@/features/flows'
import { defaultViewState } from '@/features/map'
import { populationQueries } from '@/features/population'
import { schoolQueries } from '@/features/schools'
import { poll } from '@/ui/queryClient'
import { useRuntimeConfig } from '@/ui/runtimeConfig'
import { wallDecisions } from './wallDecisions'

/**
 * The wall's data, fetched once for every scene and panel: each resource refreshes on its own
 * cadence (and keeps its last good data when the API fails), and the decisions are computed once
 * from whatever is there. Provided by WallView, injected by the panels.
 */
function createWallData() {
  const config = useRuntimeConfig()
  const { names, name } = useRegionTexts()
  const schools = useQuery({ ...schoolQueries.forecast(), refetchInterval: poll({ healthyMs: 30 * 60_000 }) })
  const clinics = useQuery({ ...clinicQueries.forecast(), refetchInterval: poll({ healthyMs: 10 * 60_000 }) })
  const flows = useQuery({ ...flowQueries.forecast(), refetchInterval: poll({ healthyMs: 10 * 60_000 }) })
  const population = useQuery({ ...populationQueries.byRegion(), refetchInterval: poll({ healthyMs: 30 * 60_000 }) })

  const decisions = computed(() =>
    wallDecisions({
      schools: schools.data.value ? { forecast: schools.data.value.data, asOf: schools.data.value.meta.asOf } : null,
      clinics: clinics.data.value?.data ?? null,
      flows: flows.data.value ? { forecast: flows.data.value.data, asOf: flows.data.value.meta.asOf } : null,
      population: population.data.value?.data.regions ?? null,
      names,
      leadYears: config.buildLeadYears,
      surplusMargin: config.schoolSurplusMargin,
      clinicThreshold: config.clinicLoadThreshold,
    }),
  )
  /** Explore's defaults, anchored to the forecast's base year exactly as explore anchors them. */
  const defaults = computed(() => defaultViewState(schools.data.value?.data.baseYear ?? null, config.buildLeadYears))
  return { schools, clinics, flows, population, decisions, defaults, names, name, config }
}

export type WallData = ReturnType<typeof createWallData>
const key: InjectionKey<WallData> = Symbol('wallData')

export function provideWallData(): WallData {
  const data = createWallData()
  provide(key, data)
  return data
}

export function useWallData(): WallData {
  const data = inject(key)
  if (!data) throw new Error('useWallData() outside the wall')
  return data
}
