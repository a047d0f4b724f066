// Signals that end the program: each runs the cleanup (temporary output
// files removed, workers stopped) and exits with 128 + the signal's number,
// as a shell reports a process the signal killed.
import { constants } from 'node:os';

/** Every signal whose default action ends the process and that a batch can be sent: from a terminal, a hang-up, kill. */
export const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGTERM', 'SIGUSR2'];

/** Run `cleanup` then exit on any of ENDING_SIGNALS; returns a function that removes the handlers. */
export function onEndingSignals(cleanup: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(128 + (constants.signals[signal] ?? 0));
  };
  for (const s of ENDING_SIGNALS) process.on(s, handler);
  return () => {
    for (const s of ENDING_SIGNALS) process.off(s, handler);
  };
}
