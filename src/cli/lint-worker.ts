/**
 * A lint worker thread: builds the same Project as the main thread, then lints the batches
 * of files it is sent and sends back results tagged with their index, so the main thread can
 * print them in the original order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile, type FileOptions } from './lint-file.js';
import { setUp, type SetupOptions } from './lint-setup.js';

export interface WorkerData {
  cwd: string;
  setup: SetupOptions;
  file: FileOptions;
}

const data = workerData as WorkerData;
const { project } = await setUp(data.setup, data.cwd);

parentPort!.on('message', (batch: Array<[number, string]>) => {
  const fixed = new Map<string, number>();
  parentPort!.postMessage(batch.map(([index, file]) => [index, lintFile(project, file, data.file, undefined, fixed), fixed.get(file) ?? 0]));
});
parentPort!.postMessage('ready');
