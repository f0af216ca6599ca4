export { populationQueries } from './queries'
export { populationLayers, populationDensityLayer, dayNightLayer, densityExtrusionLayer, densitySurfaceLayers } from './population.layers'
export { densityRows, dayNightRows } from './populationMapData'
