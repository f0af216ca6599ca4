/**
 * The wall's playlist as data: which scenes, in which order, for how long (runtime config
 * `wallPlaylist`, else every scene for `wallSceneSeconds`), and what an operator's keys do. Pure.
 */
export interface PlaylistEntry {
  scene: string
  seconds: number
}

export function resolvePlaylist(
  configured: readonly { scene: string; seconds?: number }[] | undefined,
  sceneIds: readonly string[],
  defaultSeconds: number,
): PlaylistEntry[] {
  const all: readonly { scene: string; seconds?: number }[] = sceneIds.map((scene) => ({ scene }))
  const entries = (configured ?? all)
    // A scene id this build does not know is skipped rather than shown blank.
    .filter((e) => sceneIds.includes(e.scene))
    .map((e) => ({ scene: e.scene, seconds: e.seconds ?? defaultSeconds }))
  return entries.length ? entries : sceneIds.map((scene) => ({ scene, seconds: defaultSeconds }))
}

/**
 * The playlist a wall runs, and the entry it opens on: a scene pinned by the address (`?scene=`) is
 * added in front when the playlist lacks it and is where the wall starts; otherwise it resumes at the
 * entry it last showed (`stored`, from the UI store).
 */
export function startingPlaylist(
  configured: readonly PlaylistEntry[],
  pinned: string | null,
  stored: number,
  defaultSeconds: number,
): { entries: PlaylistEntry[]; start: number } {
  const entries = pinned && !configured.some((e) => e.scene === pinned) ? [{ scene: pinned, seconds: defaultSeconds }, ...configured] : [...configured]
  return { entries, start: pinned ? entries.findIndex((e) => e.scene === pinned) : stepIndex(stored, 0, entries.length) }
}

export type KeyAction = { kind: 'toggle' } | { kind: 'step'; by: 1 | -1 } | { kind: 'jump'; index: number }

/** Space pauses or resumes, arrows go next or back, 1–9 jump to that playlist entry. */
export function keyAction(key: string, count: number): KeyAction | null {
  if (key === ' ' || key === 'Spacebar') return { kind: 'toggle' }
  if (key === 'ArrowRight' || key === 'PageDown') return { kind: 'step', by: 1 }
  if (key === 'ArrowLeft' || key === 'PageUp') return { kind: 'step', by: -1 }
  if (/^[1-9]$/.test(key) && Number(key) <= count) return { kind: 'jump', index: Number(key) - 1 }
  return null
}

export function stepIndex(index: number, by: number, count: number): number {
  return count > 0 ? (((index + by) % count) + count) % count : 0
}
