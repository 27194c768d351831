/**
 * commander's help text in Indonesian: section titles, "[opsi]" in usage lines and command lists, and one word for
 * defaults ("bawaan") wherever commander would print "(default: …)".
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
  'Global Options:': 'Opsi umum:',
};

const english = new Help();

function indonesianTerms(text: string): string {
  return text.replace('[options]', '[opsi]').replace('[command]', '[perintah]');
}

/** "(bawaan: 20)"; nothing for an empty or false default (a flag that is simply off). */
function extras(defaultValue: unknown, description: string | undefined, choices: readonly string[] | undefined): string {
  const parts: string[] = [];
  if (choices && choices.length > 0) parts.push(`pilihan: ${choices.join(', ')}`);
  const shown = description ?? (typeof defaultValue === 'string' || typeof defaultValue === 'number' ? String(defaultValue) : '');
  if (defaultValue !== undefined && defaultValue !== false && shown !== '') parts.push(`bawaan: ${shown}`);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export const HELP_CONFIGURATION: HelpConfiguration = {
  sortSubcommands: false,
  styleTitle: (title) => TITLES[title] ?? title,
  styleUsage: indonesianTerms,
  subcommandTerm: (cmd: Command) => indonesianTerms(english.subcommandTerm(cmd)),
  optionDescription: (option: Option) =>
    `${option.description}${option.negate ? '' : extras(option.defaultValue, option.defaultValueDescription, option.argChoices)}`,
  argumentDescription: (argument: Argument) =>
    `${argument.description}${extras(argument.defaultValue, argument.defaultValueDescription, argument.argChoices)}`,
};
