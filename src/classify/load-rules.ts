/**
 * Reads the mapping rules of an instrument from `src/classify/rules/<id>.yaml` (or `.json`), found from
 * the package root like the instrument data, so the sources and the build read the same file.
 * Rules are compiled once per instrument and cached.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../instrument/load.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import { ruleFileSchema } from './rules-schema.ts';
import type { RuleFile } from './rules-schema.ts';
import { compileRuleSet } from './ruleset.ts';
import type { RuleSet } from './ruleset.ts';

const cache = new Map<string, RuleSet>();

export function rulesDir(): string {
  return path.join(packageRoot(), 'src', 'classify', 'rules');
}

function rulesFile(instrumentId: string): string {
  const base = path.join(rulesDir(), instrumentId);
  for (const ext of ['.yaml', '.yml', '.json']) if (existsSync(base + ext)) return base + ext;
  throw new UserError(
    `Aturan pemetaan untuk instrumen "${instrumentId}" tidak ditemukan (dicari ${base}.yaml). ` +
      'Periksa kolom "instrumen" di eviden.config.yaml atau tambahkan berkas aturannya.',
  );
}

/** Validates raw rules (already parsed from YAML/JSON) and compiles them. */
export function parseRules(raw: unknown, source: string): RuleSet {
  const parsed = ruleFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`);
    throw new UserError(`Berkas aturan pemetaan ${source} tidak valid: ${issues.join('; ')}. Perbaiki berkas tersebut.`);
  }
  const file: RuleFile = parsed.data;
  return compileRuleSet(file);
}

export function loadRules(instrumentId: string): RuleSet {
  const cached = cache.get(instrumentId);
  if (cached !== undefined) return cached;
  const file = rulesFile(instrumentId);
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new UserError(`Berkas aturan pemetaan ${file} tidak dapat dibaca: ${errorMessage(err)}. Perbaiki sintaksnya.`);
  }
  const rules = parseRules(raw, file);
  if (rules.id !== instrumentId) {
    throw new UserError(`Berkas aturan ${file} untuk instrumen "${rules.id}"; samakan dengan nama berkasnya ("${instrumentId}").`);
  }
  cache.set(instrumentId, rules);
  return rules;
}
