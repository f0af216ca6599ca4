// Flat config: typescript-eslint recommended for .ts, eslint-plugin-vue recommended for SFCs with
// TypeScript parsed inside <script lang="ts"> by vue-eslint-parser.
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'

export default defineConfig(
  globalIgnores([
    'dist/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'public/mockServiceWorker.js',
    'src/api/contract/openapi.json',
  ]),
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
  },
  {
    rules: {
      // API strings are data, never markup: v-html would turn a hostile payload into script.
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Names like Panel / Chart read best inside this app; the multi-word rule guards against HTML clashes we don't have.
      'vue/multi-word-component-names': 'off',
      // Pure layout rules from flat/recommended: they would put every attribute on its own line and
      // double the length of compact templates without catching a single bug.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
)
