/**
 * Faults on demand, per endpoint name, so tests and demos can show how every panel degrades.
 * Set them from code (`setFault`), from the page URL (`?faults=population:http500,alerts:invalid`)
 * or, against `npm run api`, over HTTP: `POST /__mock/faults` `{"population":{"kind":"http500"}}`.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import * as v from 'valibot'
import { endpoints, tileEndpoints, type EndpointName, type TileEndpointName } from '../../src/api/contract'

export const FAULT_KINDS = ['latency', 'http500', 'http503', 'timeout', 'malformed', 'invalid', 'empty', 'hostile'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export const Fault = v.variant('kind', [
  /** Answer normally, but only after `ms` milliseconds. */
  v.object({ kind: v.literal('latency'), ms: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(600_000)), 3000) }),
  v.object({ kind: v.literal('http500') }),
  v.object({ kind: v.literal('http503') }),
  /** Never answer; the request hangs until the client gives up (aborts). */
  v.object({ kind: v.literal('timeout') }),
  /** A body that is not valid JSON. */
  v.object({ kind: v.literal('malformed') }),
  /** Valid JSON that breaks the contract: a count inside `data` becomes a string. */
  v.object({ kind: v.literal('invalid') }),
  /** Valid per the contract, but every array that may be empty is empty. */
  v.object({ kind: v.literal('empty') }),
  /** Valid per the contract, but every free-text field carries markup, bidi overrides, emoji and length. */
  v.object({ kind: v.literal('hostile') }),
])
export type Fault = v.InferOutput<typeof Fault>
export type FaultInput = v.InferInput<typeof Fault>

/** An endpoint name (JSON or tile, e.g. "densityTile"), or "*" for every endpoint. */
export type FaultTarget = EndpointName | TileEndpointName | '*'

const active = new Map<FaultTarget, Fault>()

export function isFaultTarget(name: string): name is FaultTarget {
  return name === '*' || Object.hasOwn(endpoints, name) || Object.hasOwn(tileEndpoints, name)
}

export function setFault(target: FaultTarget, fault: FaultInput): void {
  if (!isFaultTarget(target)) throw new Error(`Unknown endpoint "${String(target)}" for a fault`)
  active.set(target, v.parse(Fault, fault))
}

export function clearFault(target: FaultTarget): void {
  active.delete(target)
}

export function clearFaults(): void {
  active.clear()
}

/** The fault for an endpoint: its own, else the "*" fault. */
export function faultFor(name: EndpointName | TileEndpointName): Fault | undefined {
  return active.get(name) ?? active.get('*')
}

export function listFaults(): Record<string, Fault> {
  return Object.fromEntries(active)
}

/**
 * Parses "population:http500,alerts:invalid,density:latency:2500,*:latency=800".
 * Returns what it understood and a message for every part it did not.
 */
export function parseFaultSpec(spec: string): { faults: [FaultTarget, Fault][]; errors: string[] } {
  const faults: [FaultTarget, Fault][] = []
  const errors: string[] = []
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name = '', kind = '', ms] = part.split(/[:=]/)
    if (!isFaultTarget(name)) {
      errors.push(`"${part}": unknown endpoint "${name}"`)
      continue
    }
    const parsed = v.safeParse(Fault, kind === 'latency' && ms !== undefined ? { kind, ms: Number(ms) } : { kind })
    if (!parsed.success) {
      errors.push(`"${part}": expected one of ${FAULT_KINDS.join(', ')} (latency:ms)`)
      continue
    }
    faults.push([name, parsed.output])
  }
  return { faults, errors }
}

/** Applies `?faults=…` from a location search string; returns the parts it could not use. */
export function applyFaultsFromSearch(search: string): string[] {
  const spec = new URLSearchParams(search).get('faults')
  if (!spec) return []
  const { faults, errors } = parseFaultSpec(spec)
  for (const [target, fault] of faults) active.set(target, fault)
  return errors
}

const FaultsBody = v.record(v.string(), Fault)

/** `GET|POST|DELETE {base}/__mock/faults`: the HTTP control surface (used by e2e against `npm run api`). */
export function faultControlHandlers(base = '*'): HttpHandler[] {
  const path = `${base}/__mock/faults`
  return [
    http.get(path, () => HttpResponse.json({ faults: listFaults() })),
    http.post(path, async ({ request }) => {
      let body: unknown
      try {
        body = await request.json()
      } catch {
        return HttpResponse.json({ error: { code: 'bad_request', message: 'Body must be JSON' } }, { status: 400 })
      }
      const parsed = v.safeParse(FaultsBody, body)
      const unknown = parsed.success ? Object.keys(parsed.output).filter((k) => !isFaultTarget(k)) : []
      if (!parsed.success || unknown.length > 0) {
        const message = parsed.success
          ? `Unknown endpoint(s): ${unknown.join(', ')}`
          : `Expected {"<endpoint>": {"kind": "${FAULT_KINDS.join('|')}"}}`
        return HttpResponse.json({ error: { code: 'bad_request', message } }, { status: 400 })
      }
      for (const [name, fault] of Object.entries(parsed.output)) if (isFaultTarget(name)) active.set(name, fault)
      return HttpResponse.json({ faults: listFaults() })
    }),
    http.delete(path, () => {
      clearFaults()
      return HttpResponse.json({ faults: {} })
    }),
  ]
}
