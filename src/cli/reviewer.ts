/**
 * Who is acting, for the audit trail: `--reviewer`, else EVIDEN_REVIEWER, else `peninjau` in the config, else
 * asked on a terminal; never the operating-system user.
 */
import { createInterface } from 'node:readline/promises';
import { cleanReviewerName, REVIEWER_MAX } from '../server/auth.ts';
import type { Workspace } from '../types/config.ts';
import { UserError } from '../shared/errors.ts';

const NO_REVIEWER =
  'Sebutkan nama peninjau untuk jejak audit: --reviewer "Nama Lengkap", variabel EVIDEN_REVIEWER, ' +
  'atau kunci `peninjau: Nama Lengkap` di eviden.config.yaml.';

function named(raw: string, source: string): string {
  const name = cleanReviewerName(raw);
  if (!name) throw new UserError(`Nama peninjau dari ${source} harus 2–${REVIEWER_MAX} karakter. ${NO_REVIEWER}`);
  return name;
}

async function askReviewer(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question('Nama peninjau (dicatat di jejak audit): ');
    return named(answer, 'isian');
  } finally {
    rl.close();
  }
}

/** --reviewer, EVIDEN_REVIEWER, `peninjau` in the config, or a question on a terminal. */
export async function reviewerName(flag: string | undefined, ws: Workspace): Promise<string> {
  if (flag !== undefined) return named(flag, '--reviewer');
  const env = process.env.EVIDEN_REVIEWER;
  if (env !== undefined && env.trim() !== '') return named(env, 'EVIDEN_REVIEWER');
  if (ws.config.peninjau) return named(ws.config.peninjau, '`peninjau` di eviden.config.yaml');
  if (process.stdin.isTTY && process.stderr.isTTY) return askReviewer();
  throw new UserError(NO_REVIEWER);
}
