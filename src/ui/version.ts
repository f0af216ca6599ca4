/** Deployment identity: the build id baked into this bundle against the one the server now serves. Pure. */

/** Written into each build as `version.json`; the dev server answers with its own fixed id. */
export interface VersionFile {
  build: string
}

/** The served build id, or null when the answer isn't a version file (a proxy's HTML page, say). */
export function parseVersion(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null
  const build = (body as Record<string, unknown>).build
  return typeof build === 'string' && build.length > 0 ? build : null
}

/** A new deployment is ready when the server names a build other than the one running. */
export function isNewBuild(running: string, served: string | null): boolean {
  return served !== null && served !== running
}
