/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" keeps the MSW mock in a production build (demo deployments); unset in real ones. */
  readonly VITE_MOCK?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
