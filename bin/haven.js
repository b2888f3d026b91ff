#!/usr/bin/env node
// The `haven` command. The TypeScript sources are compiled by `npm install` (the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/node/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error(
    'Haven has not been built yet. Run `npm install` (or `npm run build`) in the Haven folder first.',
  );
  process.exit(3);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv);
