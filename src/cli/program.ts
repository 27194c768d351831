/** The `eviden` command line: parses flags, dispatches to one command module, turns errors into exit codes. */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { UserError, errorMessage } from '../shared/errors.ts';
import { log } from '../shared/output.ts';

/** commander's section titles, in Indonesian. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Pemakaian:',
  'Options:': 'Opsi:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
  'Global Options:': 'Opsi umum:',
};

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('eviden')
    .description(
      'eviden: kelola bukti dukung evaluasi SPBE. Berkas dari folder watch/<OPD>/ diarsipkan, dibaca (OCR), ' +
        'dipetakan ke indikator, dianalisis kesenjangannya, dan disusun menjadi laporan PDF resmi.',
    )
    .option('-w, --workspace <dir>', 'folder workspace (bawaan: EVIDEN_WORKSPACE atau folder saat ini)')
    .showHelpAfterError('(jalankan dengan --help untuk bantuan)')
    .configureHelp({ sortSubcommands: false, styleTitle: (title) => HELP_TITLES[title] ?? title })
    .helpCommand('help [perintah]', 'tampilkan bantuan sebuah perintah')
    .helpOption('-h, --help', 'tampilkan bantuan');
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : err.exitCode || 2;
    }
    if (err instanceof UserError) {
      log(`Galat: ${err.message}`);
      return err.exitCode;
    }
    log(`Galat tak terduga: ${errorMessage(err)}`);
    if (process.env.EVIDEN_DEBUG && err instanceof Error && err.stack) log(err.stack);
    else log('Jalankan lagi dengan EVIDEN_DEBUG=1 untuk rincian teknis.');
    return 1;
  }
}

