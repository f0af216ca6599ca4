/**
 * Builds the OpenAPI 3.1 document for backend teams from the endpoint table, so the contract has
 * one source of truth. `npm run contract` writes openapi.json beside this file; a test fails when
 * the committed document is stale.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema'
import type * as v from 'valibot'
import { Ring } from './city'
import { LngLat } from './common'
import { API_VERSION, endpoints, tileEndpoints, type EndpointName } from './endpoints'

type JsonObject = Record<string, unknown>

const DIALECT = 'https://json-schema.org/draft/2020-12/schema'

function jsonSchema(schema: v.GenericSchema): JsonObject {
  const out: JsonObject = {
    ...toJsonSchema(schema, {
      target: 'draft-2020-12',
      // Query parameters: what the string coerces to. The response schemas transform nothing.
      typeMode: 'output',
      // Checks written as functions (a list's uniqueness by key, a day that exists) have no JSON Schema
      // keyword; they stay the client's.
      ignoreActions: ['raw_check', 'check'],
      overrideSchema: ({ valibotSchema, jsonSchema: converted }) => {
        // A response carries only the fields listed (the client drops any other).
        if (valibotSchema.type === 'object') return { ...converted, additionalProperties: false }
        // A check written as a function needs its JSON Schema here; any other fails the build.
        if (valibotSchema === Ring) return { type: 'array', minItems: 4, items: jsonSchema(LngLat) as JsonSchema }
        return undefined
      },
      overrideAction: ({ valibotAction, jsonSchema: converted }) => {
        // A second pattern (a tile URL needs {z}, {x} and {y}): JSON Schema takes one per schema.
        const pattern = valibotAction.type === 'regex' ? (valibotAction as v.RegexAction<string, undefined>).requirement.source : undefined
        if (pattern === undefined || converted.pattern === pattern) return undefined
        return { ...converted, allOf: [...(converted.allOf ?? []), { pattern }] }
      },
    }),
  }
  // The dialect is declared once for the whole document (jsonSchemaDialect).
  delete out.$schema
  return out
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Query schema → OpenAPI parameters (one per property, `in: query`). */
function parametersOf(schema: v.GenericSchema): JsonObject[] {
  const js = jsonSchema(schema)
  const properties = isObject(js.properties) ? js.properties : {}
  const required = Array.isArray(js.required) ? js.required : []
  return Object.entries(properties).map(([name, prop]) => {
    const { description, ...rest } = isObject(prop) ? prop : {}
    return {
      name,
      in: 'query',
      required: required.includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    }
  })
}

const componentName = (name: EndpointName) => `${name.charAt(0).toUpperCase()}${name.slice(1)}Response`

const ERROR_SCHEMA: JsonObject = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
}

const errorResponse = (description: string): JsonObject => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

export function buildOpenApi(): JsonObject {
  const paths: JsonObject = {}
  const schemas: JsonObject = { Error: ERROR_SCHEMA }
  for (const name of Object.keys(endpoints) as EndpointName[]) {
    const e = endpoints[name]
    schemas[componentName(name)] = jsonSchema(e.response)
    const parameters = parametersOf(e.query)
    const hasRegion = parameters.some((p) => p.name === 'region')
    paths[`/api/${API_VERSION}${e.path}`] = {
      get: {
        operationId: name,
        summary: e.summary,
        tags: [e.path.split('/')[1] ?? name],
        parameters,
        responses: {
          '200': {
            description: 'The data, in the `{ meta, data }` envelope.',
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${componentName(name)}` } } },
          },
          '400': { $ref: '#/components/responses/BadRequest' },
          ...(hasRegion ? { '404': { $ref: '#/components/responses/NotFound' } } : {}),
          '500': { $ref: '#/components/responses/ServerError' },
          '503': { $ref: '#/components/responses/Unavailable' },
        },
      },
    }
  }
  for (const [name, e] of Object.entries(tileEndpoints)) {
    const pathParams = [...e.path.matchAll(/\{(\w+)\}/g)].map(([, p]) => ({
      name: p,
      in: 'path',
      required: true,
      schema: { type: 'integer', minimum: 0 },
    }))
    paths[`/api/${API_VERSION}${e.path}`] = {
      get: {
        operationId: name,
        summary: e.summary,
        tags: [e.path.split('/')[1] ?? name],
        parameters: [...pathParams, ...parametersOf(e.query)],
        responses: {
          '200': {
            description: 'The tile (binary protobuf). Its URL carries the data version, so it may be cached for long.',
            content: { [e.contentType]: { schema: { type: 'string', contentMediaType: e.contentType } } },
          },
          '204': { description: 'No cell of the surface lies in this tile.' },
          '400': { $ref: '#/components/responses/BadRequest' },
          '404': { $ref: '#/components/responses/NotFound' },
          '500': { $ref: '#/components/responses/ServerError' },
          '503': { $ref: '#/components/responses/Unavailable' },
        },
      },
    }
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: DIALECT,
    info: {
      title: 'City Data Brain analytics API',
      version: `${API_VERSION.replace(/^v/, '')}.0.0`,
      description:
        'Read-only analytics API behind the City Data Brain (城市数据大脑) dashboard. Every endpoint is a GET ' +
        'returning `{ meta, data }`; `meta` carries asOf, source, definitions (口径), units and a demo flag. ' +
        'Generated from the valibot contract in src/api/contract (npm run contract): do not edit by hand.',
    },
    servers: [
      { url: '/', description: 'Same origin as the dashboard' },
      { url: 'http://127.0.0.1:8787', description: 'Mock API (npm run api)' },
    ],
    security: [{}, { bearerAuth: [] }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: errorResponse('Invalid query parameters.'),
        NotFound: errorResponse('Unknown region, or a tile outside the zoom range.'),
        ServerError: errorResponse('Server error; retrying may help.'),
        Unavailable: errorResponse('Temporarily unavailable; retry later.'),
      },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'Optional; sent in the Authorization header only.' },
      },
    },
  }
}

/** The exact text committed as openapi.json. */
export function serializeOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`
}

async function main(): Promise<void> {
  const { writeFile } = await import('node:fs/promises')
  const target = new URL('./openapi.json', import.meta.url)
  await writeFile(target, serializeOpenApi())
  console.log(`Wrote ${target.pathname}`)
}

// Run as a script (`npm run contract`), not when imported by the test.
const entry = typeof process !== 'undefined' ? process.argv[1] : undefined
if (entry?.endsWith('openapi.gen.ts') && import.meta.url.endsWith('/openapi.gen.ts')) void main()
