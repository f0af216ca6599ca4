import { clinicLayers } from '@/features/clinics'
import { flowLayers } from '@/features/flows'
import { populationLayers } from '@/features/population'
import { schoolLayers } from '@/features/schools'
import type { MapLayer } from './mapLayer'

/**
 * The registry: every map layer, declared once in its feature room and listed here. The wall's
 * scenes and the explore view both pick layers from this list by id.
 */
export const mapLayers: readonly MapLayer[] = [...schoolLayers, ...clinicLayers, ...populationLayers, ...flowLayers]

export function getMapLayer(id: string): MapLayer | undefined {
  return mapLayers.find((l) => l.id === id)
}
