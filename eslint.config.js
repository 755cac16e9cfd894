import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// Generated files, each marked at its top with the command that makes it: not linted here, and not
// held to the module-size limit of test/architecture.test.ts. This list is the one place for both.
export const generatedFiles = ['src/client/api-types.ts']

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', '.tap/', 'node_modules/', 'data/', 'public/', ...generatedFiles] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
)
