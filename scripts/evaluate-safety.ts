/**
 * Evaluates the crisis-language detector on every labelled file in
 * data/safety/manifest.json, per set and per level.
 *
 *   npx tsx scripts/evaluate-safety.ts            # every set, figures only
 *   npx tsx scripts/evaluate-safety.ts --mistakes # also the passages it got wrong, training sets only
 *
 * For a holdout it prints aggregate figures and a digest of its answers, never
 * a passage: a holdout's mistakes are not read while tuning. The digest (a hash
 * of every answer, level and reasons, in order) is the same before and after a
 * change exactly when no answer moved, so a pure restructuring can be checked
 * on every set without reading one holdout passage. "learned alone" counts the
 * ordinary passages raised where the rules alone found nothing.
 */
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { detectRisk, detectRiskByRules, type RiskLevel } from '../src/core/safety/detector.js';
import { evaluateDetector, type EvaluationReport } from '../src/core/safety/evaluate.js';
import { DATA_DIR, readManifest, readPassages } from './safety-data.js';

const showMistakes = process.argv.includes('--mistakes');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const f3 = (n: number | null): string => (n === null ? '    -' : n.toFixed(3));

function line(name: string, role: string, r: EvaluationReport, alone: number, digest: string): string {
  const c = r.confusion;
  const raised = c.none.concern + c.none.urgent;
  return [
    name.padEnd(28),
    role.padEnd(7),
    String(r.total).padStart(4),
    `U ${String(r.counts.urgent).padStart(3)} rec ${f3(r.urgent.recall)} (${c.urgent.urgent}) prec ${f3(r.urgent.precision)}`,
    `C ${String(r.counts.concern).padStart(3)} rec ${f3(r.concern.recall)}`,
    `any ${f3(r.anyRisk.recall)}`,
    `N ${String(r.counts.none).padStart(4)} raised ${f3(r.noneRaisedShare)} (${raised}; urgent ${c.none.urgent}; learned alone ${alone})`,
    digest,
  ].join('  ');
}

const manifest = readManifest();
const rows: string[] = [];
const mistakes: string[] = [];
const started = Date.now();
for (const file of manifest.files) {
  const name = file.path.replace(/^.*\/(.*)\.jsonl$/, '$1');
  if (only && !name.includes(only)) continue;
  const items = readPassages(resolve(DATA_DIR, file.path));
  const answers = items.map((item) => detectRisk(item.text));
  const report = evaluateDetector(
    items.map((item, i) => ({ text: String(i), level: item.level })),
    (i): { level: RiskLevel } => answers[Number(i)] ?? { level: 'none' },
  );
  const digest = createHash('sha256')
    .update(answers.map((a) => `${a.level}:${a.categories.join(',')}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  // Ordinary passages raised where the rules alone found nothing: the learned layer's own raises.
  const alone = items.filter(
    (item, i) =>
      item.level === 'none' && answers[i]?.level !== 'none' && detectRiskByRules(item.text).level === 'none',
  ).length;
  rows.push(line(name, file.role, report, alone, digest));
  if (showMistakes && file.role !== 'holdout') {
    items.forEach((item, i) => {
      const got = answers[i]?.level ?? 'none';
      if (got !== item.level)
        mistakes.push(
          `${relative(DATA_DIR, resolve(DATA_DIR, file.path))}\t${item.level}->${got}\t${item.text}`,
        );
    });
  }
}
console.log(rows.join('\n'));
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (showMistakes) console.log(`\n${mistakes.join('\n')}`);
