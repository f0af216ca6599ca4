import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { endpoints } from './endpoints'
import { buildOpenApi, serializeOpenApi } from './openapi.gen'

describe('OpenAPI document', () => {
  it('is up to date with the contract', () => {
    const committed = readFileSync(new URL('./openapi.json', import.meta.url), 'utf8')
    expect(committed === serializeOpenApi(), 'src/api/contract/openapi.json is stale: run npm run contract').toBe(true)
  })

  it('describes every endpoint under /api/v1 with parameters and a response schema', () => {
    const doc = buildOpenApi()
    expect(doc.openapi).toBe('3.1.0')
    const paths = doc.paths as Record<string, { get: { operationId: string; parameters: { name: string; required: boolean }[] } }>
    for (const [name, e] of Object.entries(endpoints)) {
      const op = paths[`/api/v1${e.path}`]?.get
      expect(op?.operationId).toBe(name)
    }
    const density = paths['/api/v1/density']?.get.parameters ?? []
    expect(density.find((p) => p.name === 'surface')?.required).toBe(true)
    expect(density.find((p) => p.name === 'resolution')?.required).toBe(false)
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas
    expect(schemas.PopulationResponse).toBeDefined()
    expect(JSON.stringify(schemas.PopulationResponse)).not.toContain('$schema')
  })
})
