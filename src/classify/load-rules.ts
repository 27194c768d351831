/**
 * Reads and compiles the mapping rules file of an instrument pack (`src/instruments/<id>/rules.yaml`, or `.json`).
 * The registry (src/instrument/registry.ts) reads it once per pack and compiles it when the rules are first used.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { UserError, errorMessage } from '../shared/errors.ts';
import { ruleFileSchema } from './rules-schema.ts';
import type { RuleFile } from './rules-schema.ts';
import { compileRuleSet } from './ruleset.ts';
import type { RuleSet, RulesScope } from './ruleset.ts';
import { EMPTY_LEXICON } from './lexicon.ts';
import type { Lexicon } from './lexicon.ts';

/** Validates raw rules (already parsed from YAML/JSON); `source` names them in the error. */
function validateRules(raw: unknown, source: string): RuleFile {
  const parsed = ruleFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`);
    throw new UserError(`Berkas aturan pemetaan ${source} tidak valid: ${issues.join('; ')}. Perbaiki berkas tersebut.`);
  }
  return parsed.data;
}

/** Validates raw rules (already parsed from YAML/JSON) and compiles them for the pack's `scope`, phrases expanded through `lexicon`. */
export function parseRules(raw: unknown, source: string, scope: RulesScope, lexicon: Lexicon = EMPTY_LEXICON): RuleSet {
  return compileRuleSet(validateRules(raw, source), scope, lexicon);
}

/** Reads and validates one rules file (compile it with compileRuleSet); any problem is a UserError naming the file. */
export function readRuleFile(file: string): RuleFile {
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new UserError(`Berkas aturan pemetaan ${file} tidak dapat dibaca: ${errorMessage(err)}. Perbaiki sintaksnya.`);
  }
  return validateRules(raw, file);
}
