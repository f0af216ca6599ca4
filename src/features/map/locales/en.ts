import type zhCN from './zh-CN'

/** English UI text of the map (the `cityMap` namespace; layer titles and legend texts live with the layer declarations): the same keys as ./zh-CN.ts. */
export default {
  cityMap: {
    label: 'City map',
    loadingMap: 'Loading the map…',
    mapError: 'The map cannot be shown: {detail}',
    mapErrorHint: 'It needs a browser and GPU with WebGL2. The other panels still work.',
    fitCity: 'Whole city',
    layers: 'Layers',
    groups: {
      choropleth: 'District metrics',
      surface: 'Population (H3 grid)',
      extrusion: '3D',
      flows: 'Movement',
      facilities: 'Facilities',
    },
    status: {
      loading: 'Loading…',
      waiting: 'Waiting for district boundaries…',
      updating: 'Updating…',
      retry: 'Retry',
      baseError: 'District boundaries failed to load; the map shows the background only.',
    },
    invalid: '{n} invalid features skipped',
    note: {
      otherFlows: 'Other flows: {n} pairs, {trips} trips (not drawn)',
      withinFlows: 'Trips within a district: {trips} (not drawn)',
      unmatchedRegions: '{n} rows name a region with no boundary',
      h3Resolutions: 'H3 resolution by zoom: {ranges}',
    },
    legend: {
      title: 'Legend',
      unit: 'Unit',
      definition: 'Definition',
      apiDefinition: 'Definitions from the API',
      source: 'Source',
      asOf: 'As of',
      demo: 'Demo data',
      noData: 'No data',
      below: 'below {v}',
      atLeast: '{v} and above',
    },
    time: {
      hour: 'Hour',
      hourValue: '{h}:00',
      play: 'Play 24 hours',
      pause: 'Pause',
      year: 'Forecast year',
      level: 'School level',
      dayType: 'Day type',
    },
    levels: { primary: 'Primary', junior: 'Junior middle' },
    dayTypes: { weekday: 'Weekday', weekend: 'Weekend' },
  },
} satisfies typeof zhCN
