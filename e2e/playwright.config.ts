import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

const PORT = Number(process.env.E2E_PORT ?? 4173)
/** The production build to serve; a second checkout of the suite can use its own (`E2E_DIST=/tmp/x`). */
const DIST = process.env.E2E_DIST ?? 'dist'

/**
 * e2e runs against the production build (`npm run build`) served by the mock API's HTTP server,
 * in Debian's Chromium. Faults are server-wide state, so tests run one at a time.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results/e2e',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on its second try is a flaky test to fix, not to hide.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node --import tsx mocks/server.ts --static ${DIST} --port ${PORT}`,
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/v1/city`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
