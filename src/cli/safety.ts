import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { detectRisk, RISK_LEVELS } from '../core/safety/detector.js';
import { evaluateDetector, formatEvaluation, type LabelledPassage } from '../core/safety/evaluate.js';
import { CliError, EXIT } from './exit.js';

const checkLine = z.object({ text: z.string() });
const labelledLine = z.object({ text: z.string(), level: z.enum(RISK_LEVELS) });

/**
 * `haven safety check`: one JSON object per line in, one result per line out,
 * in order. A line that cannot be read gets an error object in its place (never
 * echoing it), and the command then exits 1.
 */
export async function safetyCheckCommand(input: Readable, output: Writable): Promise<number> {
  let failed = false;
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = checkLine.safeParse(parseJson(line));
    if (!parsed.success) {
      failed = true;
      output.write(
        `${JSON.stringify({ error: `line ${lineNumber} is not a JSON object with a "text" string` })}\n`,
      );
      continue;
    }
    const { level, categories } = detectRisk(parsed.data.text);
    output.write(`${JSON.stringify({ level, categories })}\n`);
  }
  return failed ? EXIT.failure : EXIT.ok;
}

/** `haven safety eval FILE`: precision and recall per level on labelled JSON lines. */
export async function safetyEvalCommand(file: string, output: Writable): Promise<number> {
  if (!existsSync(file)) throw new CliError(`There is no file at ${file}.`, EXIT.usage);
  const items: LabelledPassage[] = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const parsed = labelledLine.safeParse(parseJson(line));
    if (!parsed.success) {
      throw new CliError(
        `Line ${lineNumber} of ${file} is not {"text": "...", "level": "none" | "concern" | "urgent"}.`,
        EXIT.usage,
      );
    }
    items.push(parsed.data);
  }
  if (items.length === 0) throw new CliError(`${file} holds no labelled passages.`, EXIT.usage);
  output.write(`${formatEvaluation(evaluateDetector(items))}\n`);
  return EXIT.ok;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
