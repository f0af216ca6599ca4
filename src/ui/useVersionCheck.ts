import { ref, type Ref } from 'vue'
import { useRuntimeConfig } from './runtimeConfig'
import { isNewBuild, parseVersion } from './version'

declare const __APP_BUILD__: string

/** The build id of the running bundle (set by vite.config.ts); tests and odd builds see 'dev'. */
export const RUNNING_BUILD: string = typeof __APP_BUILD__ === 'string' ? __APP_BUILD__ : 'dev'

const updateReady = ref(false)
let timer: ReturnType<typeof setInterval> | undefined

async function check(url: string): Promise<void> {
  try {
    // no-store: a cached answer would hide the deployment we are looking for.
    const res = await fetch(url, { cache: 'no-store', credentials: 'same-origin' })
    if (!res.ok) return
    if (isNewBuild(RUNNING_BUILD, parseVersion(await res.json()))) {
      updateReady.value = true
      stop()
    }
  } catch {
    // Offline or mid-deployment: the next tick tries again; nothing to show for it.
  }
}

function stop(): void {
  clearInterval(timer)
  timer = undefined
}

/**
 * Polls the same-origin `version.json` every `versionCheckSeconds`; `updateReady` turns true once a
 * different build is deployed, so the wall can reload between scenes. One poller per page, however
 * many callers; it stops once an update is found (the page is about to reload).
 */
export function useVersionCheck(): { updateReady: Ref<boolean> } {
  const config = useRuntimeConfig()
  if (timer === undefined && !updateReady.value) {
    const url = `${import.meta.env.BASE_URL}version.json`
    timer = setInterval(() => void check(url), config.versionCheckSeconds * 1000)
  }
  return { updateReady }
}
