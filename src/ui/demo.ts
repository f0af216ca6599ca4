/** True when an API payload says it is modelled demo data (`meta.demo === true`). Pure. */
export function isDemoPayload(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || !('meta' in data)) return false
  const meta: unknown = data.meta
  return typeof meta === 'object' && meta !== null && 'demo' in meta && meta.demo === true
}
