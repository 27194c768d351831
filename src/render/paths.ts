/** Locates the project's `templates/` folder from the package root (works from src/ via tsx and from dist/). */
import path from 'node:path';
import { packageRoot } from '../shared/package-root.ts';

export function templatesDir(): string {
  return path.join(packageRoot(), 'templates');
}
