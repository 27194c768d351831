/** Document kinds that are policies: they count as set only when the text shows they were enacted (signed, set). */
import type { DocumentKind } from '../types/classification.ts';

export const POLICY_KINDS: readonly DocumentKind[] = ['peraturan', 'keputusan', 'surat-edaran', 'instruksi'];
