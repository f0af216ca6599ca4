export { flowQueries } from './queries'
export { flowLayers, odFlowsLayer } from './flows.layers'
export { summariseOd, flowWidthPx, netFlowShare, type OdSummary } from './odFlows'
export { odFeatures, TOP_FLOWS } from './flowMapData'
