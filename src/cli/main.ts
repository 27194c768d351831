/** Process entry: runs the CLI and sets the exit code. */
import { main } from './program.ts';

process.exitCode = await main(process.argv);
