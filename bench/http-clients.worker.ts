// The latency benchmark's HTTP clients, in a worker thread: they post GraphQL requests (the bodies given, in turn) as
// a closed loop, a warm-up first, and report the measured run's figures. Run apart from the API's event loop, their
// own work (fetch, parsing the answers) is not counted against the API, as a browser's would not be.
import { parentPort, workerData } from 'node:worker_threads';
import { closedLoop } from './closed-loop';

export interface HttpClientsJob {
  url: string;
  secret: string;
  clients: number;
  warmUp: number;
  total: number;
  /** JSON request bodies, sent in turn. */
  bodies: string[];
}

async function post(job: HttpClientsJob, index: number): Promise<void> {
  const response = await fetch(job.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${job.secret}` },
    body: job.bodies[index % job.bodies.length],
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors[0]?.message);
}

const job = workerData as HttpClientsJob;
await closedLoop(job.clients, job.warmUp, (index) => post(job, index));
parentPort?.postMessage(await closedLoop(job.clients, job.total, (index) => post(job, index)));
