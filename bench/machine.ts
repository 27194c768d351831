/** How far the machine was shared during a measurement: the 1-minute load average (2 cores: above 2 is contention). */
import os from 'node:os';

export function loadNote(): string {
  return (os.loadavg()[0] ?? 0).toFixed(1);
}
