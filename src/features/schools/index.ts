export { schoolQueries } from './queries'
export { schoolLayers, schoolGapLayer, schoolFacilitiesLayer } from './schools.layers'
export { placeGapRows, forecastYearRange, schoolPoints } from './schoolMapData'
