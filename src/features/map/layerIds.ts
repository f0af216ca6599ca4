/**
 * Every layer id in the registry, as plain data: the URL decoder and the wall's scene list need the
 * ids without loading the registry (and with it every layer's code). A test keeps this
 * list equal to the registry's.
 */
export const MAP_LAYER_IDS = [
  'schools.gap',
  'schools.facilities',
  'clinics.utilisation',
  'clinics.facilities',
  'population.density',
  'population.dayNight',
  'population.density3d',
  'density.children_0_5',
  'density.children_6_10',
  'density.children_11_14',
  'density.elderly_65',
  'density.hourly',
  'flows.od',
] as const

export type MapLayerId = (typeof MAP_LAYER_IDS)[number]
