/** Streaming SHA-256 of a file (archives and packets may hold large scans). */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function hashFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
