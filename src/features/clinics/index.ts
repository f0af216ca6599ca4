export { clinicQueries } from './queries'
export { clinicLayers, clinicUtilisationLayer, clinicFacilitiesLayer } from './clinics.layers'
export { recentLoad, clinicPoints, clinicRegionRows } from './clinicMapData'
