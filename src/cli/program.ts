/** The `eviden` command line: parses flags, dispatches to one command module, turns errors into exit codes. */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { HELP_CONFIGURATION } from './help.ts';
import { DISK_FULL_MESSAGE, UserError, errorMessage, isDiskFull } from '../shared/errors.ts';
import { log } from '../shared/output.ts';
import { isDbLocked, lockedMessage } from '../shared/db-lock.ts';

/** commander's parse errors, in Indonesian. */
const PARSE_ERRORS: [RegExp, string][] = [
  [/^error: unknown option/, 'kesalahan: opsi tidak dikenal'],
  [/^error: unknown command/, 'kesalahan: perintah tidak dikenal'],
  [/^error: missing required argument/, 'kesalahan: argumen wajib belum diisi'],
  [/^error: too many arguments/, 'kesalahan: terlalu banyak argumen'],
  [/^error: option (.*) argument missing/, 'kesalahan: nilai untuk opsi $1 belum diisi'],
  [/^\(Did you mean (.*)\?\)/m, '(Mungkin maksud Anda $1?)'],
];

function translateParseError(text: string): string {
  return PARSE_ERRORS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('eviden')
    .description(
      'eviden: kelola bukti dukung evaluasi SPBE. Berkas dari folder watch/<OPD>/ diarsipkan, dibaca (OCR), ' +
        'dipetakan ke indikator, dianalisis kesenjangannya, dan disusun menjadi laporan PDF resmi.',
    )
    .option('-w, --workspace <folder>', 'folder workspace (bawaan: EVIDEN_WORKSPACE atau folder saat ini)')
    .showHelpAfterError('(jalankan dengan --help untuk bantuan)')
    .configureOutput({ outputError: (text, write) => write(translateParseError(text)) })
    .configureHelp(HELP_CONFIGURATION)
    .helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah')
    .helpOption('-h, --help', 'tampilkan bantuan');
  // Before the commands are added, so every subcommand inherits it: parse errors come back to main() as exceptions.
  program.exitOverride();
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(err.code) ? 0 : 2;
    }
    if (isDiskFull(err)) {
      log(`Kesalahan: ${DISK_FULL_MESSAGE}`);
      return 2;
    }
    if (isDbLocked(err)) {
      log(`Kesalahan: ${lockedMessage(false)}`);
      return 2;
    }
    if (err instanceof UserError) {
      log(`Kesalahan: ${err.message}`);
      return err.exitCode;
    }
    log(`Kesalahan tak terduga: ${errorMessage(err)}`);
    if (process.env.EVIDEN_DEBUG && err instanceof Error && err.stack) log(err.stack);
    else log('Jalankan lagi dengan EVIDEN_DEBUG=1 untuk rincian teknis.');
    return 1;
  }
}

