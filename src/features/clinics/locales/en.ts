import type zhCN from './zh-CN'

/** English UI text of the clinics room: the same keys as ./zh-CN.ts. */
export default {
  clinicsPanel: {
    title: 'Clinic load vs capacity · {name}',
    city: 'City',
    chartLabel: '{name}: daily outpatient visits over the last {history} days and the forecast for the next {days}, against daily capacity',
    definition:
      'Load = outpatient visits a day at all clinics and hospitals in the district; capacity = the sum of their daily capacity. ' +
      'Days whose forecast median (p50) is above {threshold} of capacity are marked red. The shading is the 80 % interval (p10–p90). ' +
      'The city is the sum of its districts, with their intervals added as if they move together, so it is a little wide. ' +
      'Scenario assumption: daily capacity is proportional to doctors on duty; demand is unchanged.',
    observed: 'Observed',
    forecast: 'Forecast (p50)',
    p10: 'Forecast P10',
    p90: 'Forecast P90',
    capacity: 'Capacity',
    threshold: '{pct} of capacity',
    scenarioCapacity: 'Scenario capacity',
    scenarioThreshold: 'Scenario threshold',
    flagged: 'Over threshold',
    forecastStart: 'forecast →',
    date: 'Date',
    yes: 'yes',
    severity: { act: 'Act', watch: 'Watch', surplus: 'Surplus', ok: 'OK' },
    baseline: 'Baseline',
    scenario: 'Scenario',
    scenarioDoctors: 'Scenario (doctors {pct})',
    compareDays: 'Days above the threshold: {base} baseline → {scen} scenario ({diff})',
    compareCity: 'Districts with days above the threshold: {baseRegions} → {scenRegions}; district-days {base} → {scen} ({diff})',
    noChange: 'no change',
    faulty: 'The forecast data is faulty, so no chart is drawn:',
    horizonOne: '1 day ahead',
    horizonRange: '{from}–{to} days ahead',
    horizonOver: '{from}+ days ahead',
    districts: {
      title: 'Districts now',
      caption: 'Clinic utilisation, residents per doctor and daytime vs resident population by district',
      district: 'District',
      utilisation: 'Utilisation',
      perDoctor: 'Residents/doctor',
      daytime: 'Day/resident',
      note:
        'Utilisation = mean visits a day over the last 7 days ÷ daily capacity; residents/doctor = residents ÷ doctors at the ' +
        "district's clinics and hospitals; day/resident = weekday daytime population ÷ residents (above 1: commuters come in by day).",
      unavailable: 'Clinic or population data is unavailable, so the district figures are not shown.',
      loading: 'Loading district figures…',
    },
  },
} satisfies typeof zhCN
