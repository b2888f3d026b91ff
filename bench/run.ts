/**
 * `npm run bench`: how Haven holds up for someone with ten years of records.
 *
 *   npm run bench:seed && npm run bench                     SQLite
 *   npm run bench -- --database-url postgres://…            SQLite, then PostgreSQL (seed it first)
 *
 * Options: --data-dir DIR (the SQLite data set, default bench/.data/sqlite),
 * --pg-data-dir DIR (where bench:seed left the PostgreSQL account file),
 * --seconds N (length of each load run, default 10), --skip-web.
 *
 * Writes bench/results/<timestamp>.json and prints a table. Needs `npm run
 * build` (it runs the built server, as `npm start` does).
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  databaseTarget,
  POSTGRES_DIR,
  readSeededAccounts,
  redactUrl,
  SQLITE_DIR,
  type SeededAccounts,
} from './lib/account.js';
import {
  measureInProcess,
  rawInsertFloor,
  removeBenchWrites,
  type InProcessResult,
} from './lib/inprocess.js';
import { load, type LoadResult } from './lib/load.js';
import { RARE_SEARCH_TERM } from './lib/prose.js';
import { startServer, stopAll, type RunningServer } from './lib/server.js';
import { median, round, type Summary } from './lib/stats.js';
import { firstScreenBytes, timeHomeScreen, type FirstScreenBytes, type HomeTiming } from './lib/web.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: SQLITE_DIR },
    'pg-data-dir': { type: 'string', default: POSTGRES_DIR },
    'database-url': { type: 'string' },
    seconds: { type: 'string', default: '10' },
    'skip-web': { type: 'boolean', default: false },
  },
});

const SECONDS = Number(values.seconds);
/**
 * A copy of bin/ and dist/ taken at the start, so a rebuild during the run
 * cannot pull files from under it. It lives outside the project (so linters
 * never see it) and is removed at the end.
 */
const APP = mkdtempSync(join(tmpdir(), 'haven-bench-app-'));
const HAVEN = join(APP, 'bin', 'haven.js');
const WEB_DIR = join(APP, 'dist', 'web');
const DEADLINE_MS = 15 * 60_000;
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;

interface DialectReport {
  database: 'sqlite' | 'postgres';
  records: number;
  coldStartMs: { runs: number[]; median: number };
  memoryMiB: { idle: number; signedIn: number; afterLoad: number; peak: number };
  signIn: { inProcessMs: InProcessResult['signInMs']; httpMs: { runs: number[]; median: number } };
  decryptAll: InProcessResult['decryptAll'];
  api: {
    saveCheckinAt500: LoadResult;
    saveCheckinMax: LoadResult;
    listLatest50: LoadResult;
    pillarHistory90Days: LoadResult;
    searchCold: { ms: number; total: number };
    searchWarm: LoadResult;
  };
  removedBenchWrites: number;
}

interface Target {
  what: string;
  target: string;
  value: string;
  met: boolean;
}

const startedAt = new Date();
const deadline = setTimeout(() => {
  console.error(`The benchmark ran past ${DEADLINE_MS / 60_000} minutes; stopping its servers.`);
  void stopAll().then(() => process.exit(1));
}, DEADLINE_MS);
deadline.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(130)));
}

/** Sections measured so far: written out even when a later step fails. */
const partial: Record<string, unknown> = {};

try {
  await main();
} catch (error) {
  if (Object.keys(partial).length > 0) {
    mkdirSync('bench/results', { recursive: true });
    const file = join('bench/results', `${startedAt.toISOString().replace(/[:.]/g, '-')}-incomplete.json`);
    writeFileSync(file, `${JSON.stringify({ ...partial, error: String(error) }, null, 2)}\n`);
    console.error(`The run stopped early; what was measured is in ${file}`);
  }
  throw error;
} finally {
  await stopAll();
  rmSync(APP, { recursive: true, force: true });
}

async function main(): Promise<void> {
  await snapshotBuild();
  const sqliteDir = resolve(values['data-dir']);
  const sqliteSeed = readSeededAccounts(sqliteDir);
  if (!sqliteSeed) throw new Error(`No seeded data set in ${sqliteDir}: run \`npm run bench:seed\` first.`);
  const pgDir = resolve(values['pg-data-dir']);
  const pgSeed = databaseUrl ? readSeededAccounts(pgDir) : undefined;
  if (databaseUrl && !pgSeed) {
    throw new Error(
      `No seeded PostgreSQL data set recorded in ${pgDir}: run \`npm run bench:seed -- --database-url …\` first.`,
    );
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpuModel(),
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    loadAverageAtStart: loadavg().map((v) => round(v)),
  };
  log(
    `Haven benchmark on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );
  log(
    `Load average at start: ${machine.loadAverageAtStart.join(', ')} (other work on the machine skews figures)`,
  );
  partial.machine = machine;

  log('Baseline: grep -ri over the Markdown export of the same account');
  await removeBenchWrites(databaseTarget(sqliteDir, undefined), sqliteSeed);
  const grep = grepBaseline(sqliteDir, sqliteSeed);
  partial.grep = grep;

  const sqliteEnv = { HAVEN_DATA_DIR: sqliteDir };
  let web: { bytes: FirstScreenBytes; home: HomeTiming | null } | null = null;
  const sqlite = await benchDialect(
    sqliteSeed,
    databaseTarget(sqliteDir, undefined),
    sqliteEnv,
    async (server) => {
      if (values['skip-web']) return;
      log('Web client: first-screen bytes and time to the home screen in Chromium');
      const bytes = firstScreenBytes(WEB_DIR);
      const home = existsSync(process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium')
        ? await timeHomeScreen(server.url, sqliteSeed, 3)
        : null;
      web = { bytes, home };
    },
  );

  partial.sqlite = sqlite;
  partial.web = web;
  log('Baseline: the raw better-sqlite3 insert of a sealed payload');
  const rawInsert = await rawInsertFloor(join(sqliteDir, '..', `floor-${process.pid}`), 2000);
  partial.rawInsert = rawInsert;

  let postgres: DialectReport | null = null;
  if (databaseUrl && pgSeed) {
    postgres = await benchDialect(pgSeed, databaseTarget(pgDir, databaseUrl), { DATABASE_URL: databaseUrl });
  }

  const webResult = web as { bytes: FirstScreenBytes; home: HomeTiming | null } | null;
  const targets = judge(sqlite, grep, webResult);
  const report = {
    startedAt: startedAt.toISOString(),
    seconds: round((Date.now() - startedAt.getTime()) / 1000, 1),
    machine: { ...machine, loadAverageAtEnd: loadavg().map((v) => round(v)) },
    commit: gitCommit(),
    loadRunSeconds: SECONDS,
    dataSet: {
      sqlite: describeSeed(sqliteSeed),
      ...(pgSeed ? { postgres: { ...describeSeed(pgSeed), url: redactUrl(databaseUrl ?? '') } } : {}),
    },
    sqlite,
    postgres,
    baselines: {
      rawSqliteInsertMs: rawInsert,
      checkinSaveVsRawInsert: round(sqlite.api.saveCheckinAt500.latencyMs.p50 / rawInsert.p50, 1),
      grep,
      grepVsWarmSearch: round(grep.medianMs / sqlite.api.searchWarm.latencyMs.p50, 2),
    },
    web: webResult,
    targets,
  };
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  printTable(report, sqlite, postgres, rawInsert, grep, webResult, targets);
  log(`\nFull report: ${file}`);
}

async function benchDialect(
  seeded: SeededAccounts,
  target: ReturnType<typeof databaseTarget>,
  env: Record<string, string>,
  whileRunning?: (server: RunningServer) => Promise<void>,
): Promise<DialectReport> {
  const label = seeded.database === 'sqlite' ? 'SQLite' : 'PostgreSQL';
  log(`\n== ${label}: ${seeded.records.toLocaleString('en')} records for ${seeded.name}`);
  await removeBenchWrites(target, seeded);

  log('In-process: sign-in (argon2id) and decrypting every record');
  const inProcess = await measureInProcess(target, seeded, { signIn: 5, decrypt: 3 });

  log('Cold start: spawn to first healthy answer, 5 times');
  const coldRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const server = await startServer(HAVEN, env);
    coldRuns.push(round(server.startMs));
    await server.stop();
  }

  const server = await startServer(HAVEN, env);
  try {
    await sleep(1500);
    const idle = server.memory().rssMiB;
    log('Signing in over HTTP, 3 times');
    const httpSignIns: number[] = [];
    let cookie = '';
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      cookie = await signIn(server.url, seeded);
      httpSignIns.push(round(performance.now() - start));
    }
    const searchUrl = `${server.url}/api/v1/search?q=${RARE_SEARCH_TERM}`;
    const cold = performance.now();
    const coldSearch = await getJson<{ total: number }>(searchUrl, cookie);
    const searchCold = { ms: round(performance.now() - cold), total: coldSearch.total };
    await getJson(`${server.url}/api/v1/records?limit=50`, cookie);
    const signedIn = server.memory().rssMiB;

    const from = new Date(Date.now() - 90 * 24 * 60 * 60_000).toISOString();
    const listUrl = `${server.url}/api/v1/records?limit=50`;
    const historyUrl = `${server.url}/api/v1/records?kind=checkin&from=${encodeURIComponent(from)}&limit=200`;
    const run = async (name: string, spec: Omit<Parameters<typeof load>[0], 'cookie' | 'seconds'>) => {
      // A short warm-up first, so the figures are for a server that has been running a while.
      await load({ ...spec, cookie, seconds: 1 });
      log(`Load: ${name}`);
      return load({ ...spec, cookie, seconds: SECONDS });
    };
    const listLatest50 = await run('list the latest 50', { url: listUrl, connections: 10 });
    const pillarHistory90Days = await run('check-ins of the last 90 days', {
      url: historyUrl,
      connections: 10,
    });
    const searchWarm = await run('journal search, warm', { url: searchUrl, connections: 1 });
    const body = JSON.stringify({
      kind: 'checkin',
      payload: {
        pleasantness: 0.3,
        energy: -0.2,
        feelings: ['calm', 'content'],
        needs: { met: ['rest'], unmet: ['company'] },
        note: 'Slow morning with tea by the window. The garden looked soft in the rain.',
      },
    });
    const saveCheckinAt500 = await run('save a check-in at 500 per second', {
      url: `${server.url}/api/v1/records`,
      method: 'POST',
      body,
      connections: 10,
      rate: 500,
    });
    const saveCheckinMax = await run('save a check-in, as fast as it goes', {
      url: `${server.url}/api/v1/records`,
      method: 'POST',
      body,
      connections: 10,
    });
    const afterLoad = server.memory();
    if (whileRunning) await whileRunning(server);
    await server.stop();
    const removedBenchWrites = await removeBenchWrites(target, seeded);
    return {
      database: seeded.database,
      records: seeded.records,
      coldStartMs: { runs: coldRuns, median: round(median(coldRuns)) },
      memoryMiB: { idle, signedIn, afterLoad: afterLoad.rssMiB, peak: afterLoad.peakMiB },
      signIn: {
        inProcessMs: inProcess.signInMs,
        httpMs: { runs: httpSignIns, median: round(median(httpSignIns)) },
      },
      decryptAll: inProcess.decryptAll,
      api: { saveCheckinAt500, saveCheckinMax, listLatest50, pillarHistory90Days, searchCold, searchWarm },
      removedBenchWrites,
    };
  } finally {
    await server.stop();
  }
}

interface GrepResult {
  term: string;
  exportSeconds: number;
  files: number;
  matchingFiles: number;
  matchingJournalFiles: number;
  runsMs: number[];
  medianMs: number;
}

/** Exports the account to Markdown with the real CLI, then times `grep -ri` over it, 5 times. */
function grepBaseline(dataDir: string, seeded: SeededAccounts): GrepResult {
  const out = mkdtempSync(join(dataDir, '..', 'markdown-'));
  try {
    const start = performance.now();
    const exported = spawnSync(
      process.execPath,
      [
        'bin/haven.js',
        'export',
        '--user',
        seeded.name,
        '--format',
        'markdown',
        '--out',
        out,
        '--passphrase-stdin',
      ],
      { input: `${seeded.passphrase}\n`, env: { ...process.env, HAVEN_DATA_DIR: dataDir, DATABASE_URL: '' } },
    );
    if (exported.status !== 0) throw new Error(`haven export failed: ${exported.stderr.toString()}`);
    const exportSeconds = round((performance.now() - start) / 1000, 1);
    const files = Number(
      spawnSync('sh', ['-c', `find "${out}" -type f | wc -l`])
        .stdout.toString()
        .trim(),
    );
    const runsMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const grep = spawnSync('grep', ['-ri', RARE_SEARCH_TERM, out], {
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      runsMs.push(round(performance.now() - t));
      if (grep.status !== 0) throw new Error('grep found nothing: the export or the search term is off');
    }
    const list = spawnSync('grep', ['-ril', RARE_SEARCH_TERM, out]).stdout.toString().trim().split('\n');
    return {
      term: RARE_SEARCH_TERM,
      exportSeconds,
      files,
      matchingFiles: list.length,
      matchingJournalFiles: list.filter((f) => f.includes('-journal-')).length,
      runsMs,
      medianMs: round(median(runsMs)),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function judge(sqlite: DialectReport, grep: GrepResult, web: { bytes: FirstScreenBytes } | null): Target[] {
  const save = sqlite.api.saveCheckinAt500;
  const search = sqlite.api.searchWarm.latencyMs;
  const ratio = grep.medianMs / search.p50;
  const targets: Target[] = [
    {
      what: 'Saving a check-in, p99 at 500 requests/s (SQLite)',
      target: '< 10 ms',
      value: `${save.latencyMs.p99} ms (reached ${save.throughput} req/s)`,
      met: save.latencyMs.p99 < 10 && save.throughput >= 475 && save.non2xx === 0 && save.errors === 0,
    },
    {
      what: 'Warm journal search over ten years, p50 (SQLite)',
      target: '< 50 ms',
      value: `${search.p50} ms (p99 ${search.p99} ms)`,
      met: search.p50 < 50,
    },
    {
      what: 'Warm search against grep -ri over the Markdown export',
      target: '>= 10x faster',
      value: `${round(ratio, 2)}x (grep ${grep.medianMs} ms)`,
      met: ratio >= 10,
    },
    {
      what: 'Cold start to first healthy answer, median (SQLite)',
      target: '< 1.5 s',
      value: `${sqlite.coldStartMs.median} ms`,
      met: sqlite.coldStartMs.median < 1500,
    },
  ];
  if (web) {
    targets.push({
      what: 'JavaScript shipped to the first screen, gzip',
      target: '< 150 KB',
      value: `${kb(web.bytes.js.gzip)} KB`,
      met: web.bytes.js.gzip < 150_000,
    });
  }
  return targets;
}

function printTable(
  report: {
    machine: {
      cpus: number;
      cpuModel: string;
      memoryGiB: number;
      node: string;
      loadAverageAtStart: number[];
      loadAverageAtEnd: number[];
    };
    seconds: number;
  },
  sqlite: DialectReport,
  postgres: DialectReport | null,
  rawInsert: Summary,
  grep: GrepResult,
  web: { bytes: FirstScreenBytes; home: HomeTiming | null } | null,
  targets: Target[],
): void {
  const m = report.machine;
  const dialects = postgres ? [sqlite, postgres] : [sqlite];
  const head = ['', ...dialects.map((d) => (d.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'))];
  const rows: string[][] = [head];
  const row = (name: string, pick: (d: DialectReport) => string) => rows.push([name, ...dialects.map(pick)]);
  const lat = (r: LoadResult) =>
    `p50 ${r.latencyMs.p50} / p99 ${r.latencyMs.p99} ms, ${Math.round(r.throughput)} req/s${r.non2xx + r.errors > 0 ? `, ${r.non2xx + r.errors} failed` : ''}`;
  row('records in the account', (d) => d.records.toLocaleString('en'));
  row('cold start, median of 5', (d) => `${d.coldStartMs.median} ms`);
  row(
    'memory idle / signed in / after load',
    (d) => `${d.memoryMiB.idle} / ${d.memoryMiB.signedIn} / ${d.memoryMiB.afterLoad} MiB`,
  );
  row(
    'sign-in in process / over HTTP, median',
    (d) => `${d.signIn.inProcessMs.median} / ${d.signIn.httpMs.median} ms`,
  );
  row(
    'decrypt every record, median of 3',
    (d) => `${d.decryptAll.medianMs} ms (${d.decryptAll.recordsPerSecond.toLocaleString('en')}/s)`,
  );
  row('save a check-in at 500 req/s', (d) => lat(d.api.saveCheckinAt500));
  row('save a check-in, max throughput', (d) => lat(d.api.saveCheckinMax));
  row('list the latest 50', (d) => lat(d.api.listLatest50));
  row('check-ins of the last 90 days (200)', (d) => lat(d.api.pillarHistory90Days));
  row(
    `search "${RARE_SEARCH_TERM}", cold (first)`,
    (d) => `${d.api.searchCold.ms} ms (${d.api.searchCold.total} found)`,
  );
  row(`search "${RARE_SEARCH_TERM}", warm`, (d) => lat(d.api.searchWarm));
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(
    `\nHaven benchmark: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}; load ${m.loadAverageAtStart.join(' ')} → ${m.loadAverageAtEnd.join(' ')}; ${report.seconds} s\n`,
  );
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('\nBaselines (SQLite)');
  console.log(
    `  raw better-sqlite3 insert of a sealed payload: p50 ${rawInsert.p50} / p99 ${rawInsert.p99} ms; a check-in save (p50 at 500 req/s) is ${round(sqlite.api.saveCheckinAt500.latencyMs.p50 / rawInsert.p50, 1)}x that`,
  );
  console.log(
    `  grep -ri "${grep.term}" over the Markdown export (${grep.files.toLocaleString('en')} files, ${grep.matchingJournalFiles} journal files match): median ${grep.medianMs} ms; warm search is ${round(grep.medianMs / sqlite.api.searchWarm.latencyMs.p50, 2)}x faster`,
  );
  if (web) {
    console.log('\nWeb client');
    console.log(
      `  first screen JS: ${kb(web.bytes.js.raw)} KB raw, ${kb(web.bytes.js.gzip)} KB gzip; CSS: ${kb(web.bytes.css.raw)} KB raw, ${kb(web.bytes.css.gzip)} KB gzip`,
    );
    if (web.home) {
      console.log(
        `  home screen visible after sign-in, median of ${web.home.runs}: ${web.home.medianMs} ms (runs ${web.home.homeVisibleMs.join(', ')}); JS fetched ${kb(web.home.jsTransferred.raw)} KB raw`,
      );
      if (web.home.problems.length > 0)
        console.log(`  problems in the page: ${web.home.problems.join('; ')}`);
    } else {
      console.log('  Chromium not found: home-screen timing skipped');
    }
  }
  console.log('\nTargets');
  for (const t of targets)
    console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.what}: ${t.value} (target ${t.target})`);
}

async function signIn(url: string, seeded: SeededAccounts): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-haven-csrf': '1' },
    body: JSON.stringify({ name: seeded.name, passphrase: seeded.passphrase }),
  });
  if (!res.ok) throw new Error(`Signing in failed: ${res.status}`);
  await res.arrayBuffer();
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('haven_session='));
  if (!cookie) throw new Error('Signing in set no session cookie');
  return cookie.split(';')[0] ?? '';
}

async function getJson<T = unknown>(url: string, cookie: string): Promise<T> {
  const res = await fetch(url, { headers: { cookie } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

function describeSeed(seed: SeededAccounts) {
  return {
    account: seed.name,
    years: seed.years,
    records: seed.records,
    byKind: seed.byKind,
    seededInSeconds: seed.seconds,
  };
}

/** Copies the build; waits (up to two minutes) if someone is rebuilding it right now. */
async function snapshotBuild(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (
      existsSync('bin/haven.js') &&
      existsSync('dist/node/cli/main.js') &&
      existsSync('dist/web/index.html')
    ) {
      try {
        rmSync(join(APP, 'dist'), { recursive: true, force: true });
        cpSync('bin', join(APP, 'bin'), { recursive: true });
        cpSync('dist', join(APP, 'dist'), { recursive: true });
        // The copy resolves its libraries, and knows it is an ES module package, through these.
        cpSync('package.json', join(APP, 'package.json'));
        if (!existsSync(join(APP, 'node_modules')))
          symlinkSync(resolve('node_modules'), join(APP, 'node_modules'), 'dir');
        if (existsSync(join(APP, 'dist/node/cli/main.js')) && wholeWebClient()) return;
      } catch {
        // A rebuild removed files mid-copy: try again.
      }
    }
    if (attempt === 0) log('Waiting for a build to finish (run `npm run build` if none is running)…');
    await sleep(2000);
  }
  throw new Error(
    'No build found: run `npm run build` first (the benchmark runs the built server, as `npm start` does).',
  );
}

/** Whether every file the copied index.html names is in the copy too. */
function wholeWebClient(): boolean {
  const index = join(WEB_DIR, 'index.html');
  if (!existsSync(index)) return false;
  const names = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)];
  return names.length > 0 && names.every((m) => existsSync(join(WEB_DIR, m[1] ?? '')));
}

function cpuModel(): string {
  const info = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU';
}

function gitCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD']);
  return result.status === 0 ? result.stdout.toString().trim() : null;
}

function kb(bytes: number): number {
  return round(bytes / 1000, 1);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function log(message: string): void {
  console.log(message);
}
