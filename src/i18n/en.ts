import type { Messages } from './zh-CN'

const en: Messages = {
  app: {
    title: 'City Data Brain',
    skipToContent: 'Skip to main content',
    wall: 'Wall',
    explore: 'Planner workspace',
  },
  header: {
    localTime: 'Local time in {city}',
    language: 'Language',
    theme: 'Theme',
    themeLight: 'Light',
    themeDark: 'Dark',
    openWall: 'Open wall screen',
  },
  demo: {
    badge: '演示数据 · demo data',
    explain: 'Some of the data shown is modelled demo data, not official statistics.',
    marker: 'demo',
  },
  panel: {
    definition: 'Definition',
    source: 'Source: {source}',
    dataTime: 'Data as of {time}',
    updated: 'updated {age}',
    notYet: 'not yet updated',
    loading: 'Loading…',
    empty: 'No data',
    staleWarn: 'stale',
    staleAlarm: 'very stale',
    showingOld: 'Showing data fetched {age}',
  },
  time: {
    justNow: 'just now',
  },
  error: {
    title: 'Data unavailable',
    http: 'The data service returned an error (HTTP {status}).',
    httpUnknown: 'The data service returned an error.',
    network: 'Cannot reach the data service. Check the network.',
    timeout: 'The data service did not answer in time.',
    malformed: 'The data service sent a response that cannot be read.',
    schema: 'The data does not match the API contract: field {field} is invalid.',
    config: 'The data service is misconfigured.',
    unknown: 'Something unexpected went wrong.',
    endpoint: 'Endpoint {endpoint}',
    retrying: 'Retrying automatically.',
  },
  kpi: {
    population: {
      title: 'Residents',
      // Plural forms: vue-i18n picks by the count passed as the third argument of t().
      sub: '{year} · {count} district | {year} · {count} districts',
      definition: 'Sum of resident population (living there six months or more) over the selected districts.',
    },
    children: {
      title: 'School-age children (6–14)',
      sub: 'primary {primary} · junior {junior}',
      definition: 'Residents aged 6–10 (primary, grades 1–5) plus 11–14 (junior middle, grades 6–9), Shanghai 5+4 system.',
    },
    clinics: {
      title: 'Outpatient capacity use',
      sub: '{visits} visits a day (7-day mean) / {capacity} capacity · peak day {peak}%',
      definition: "Mean daily outpatient visits over the last 7 days, summed over facilities, ÷ summed daily capacity; the peak day is the busiest of those days. Over 100% means overloaded.",
    },
    alerts: {
      title: 'Alerts',
      sub: 'critical {critical} · warning {warning} · info {info}',
      unit: '',
      definition: 'Alerts the data service raises from thresholds (school place shortfalls, clinics near capacity, …), by severity.',
    },
  },
  overview: {
    byDistrict: 'Residents by district',
    alertList: 'Alerts',
    noAlerts: 'No alerts',
    severity: { critical: 'Critical', warning: 'Warning', info: 'Info' },
    moreAlerts: '{count} more',
  },
  wall: {
    scenes: {
      schools: 'Junior-middle place gap by district, {year}',
      clinics: 'Community clinic load',
      commute: 'Weekday commute between districts at {hour}:00',
      hourly: 'Where people are at {hour}:00',
      elderly: 'Residents aged 65 and over',
      density3d: 'Resident density (3D)',
    },
  },
  explore: {
    controls: 'Filters',
    region: 'District',
    allRegions: 'Whole city',
    panels: 'Indicators',
  },
  startup: {
    configTitle: 'Cannot read the runtime configuration',
    configHint: 'Check that config.json exists in the deployment and is valid, then reload the page.',
    mockTitle: 'Cannot start the demo data service',
    mockHint: 'The demo data service (the in-browser mock API) did not start. Reload the page; if it still fails, check that the browser allows service workers.',
    detail: 'Details: ',
    retry: 'Reload',
    autoRetry: 'The page retries by itself in {seconds} s.',
  },
  units: {
    persons: 'persons',
    places: 'places',
    visits: 'visits',
    'visits/day': 'visits/day',
    percent: '%',
  },
}

export default en
