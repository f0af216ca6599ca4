import * as v from 'valibot'
import { endpoints, type EndpointName } from './contract'

/** One response body checked against the contract: the value, or why it was refused. */
export type BodyCheck =
  | { ok: true; data: unknown }
  | { ok: false; kind: 'malformed' }
  | { ok: false; kind: 'schema'; fieldPath: string; message: string }

/** The body as it came over the wire (UTF-8) → the endpoint's validated value; see checkBody. */
export function checkBytes(name: EndpointName, bytes: ArrayBuffer): BodyCheck {
  return checkBody(name, new TextDecoder().decode(bytes))
}

/**
 * JSON text → the endpoint's validated value. Pure and plain-data in and out, so the client runs it
 * inline or in the validation worker (large bodies) with the same result.
 */
export function checkBody(name: EndpointName, text: string): BodyCheck {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return { ok: false, kind: 'malformed' }
  }
  const parsed = v.safeParse(endpoints[name].response, body)
  if (parsed.success) return { ok: true, data: parsed.output }
  const [issue] = parsed.issues
  return { ok: false, kind: 'schema', fieldPath: v.getDotPath(issue) || '(root)', message: issue.message }
}
