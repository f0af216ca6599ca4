/** The scenario room: a planner's assumptions, kept in the URL, re-projected in a worker. */
export { default as ScenarioControls } from './ScenarioControls.vue'
export { useScenario, type Scenario } from './useScenario'
export { useSchoolProjection } from './useSchoolProjection'
export { baselineAssumptions, changesProjection, RANGES, type Assumptions } from './assumptions'
export { decodeScenario, encodeScenario, SCENARIO_KEYS } from './scenarioUrl'
