// Builds what `npm start` runs: the server and CLI (tsc) and the web client (Vite).
// Runs on `npm install` through the prepare script, so a fresh clone needs no manual step.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
