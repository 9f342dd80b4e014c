// The latency benchmark's HTTP clients, in a worker thread: they post GraphQL requests (the bodies given, in turn) as
// a closed loop, a warm-up first, and report the measured run's figures. Run apart from the API's event loop, their
// own work (the requests, parsing the answers) is not counted against the API, as a browser's would not be.
import { Agent, request as httpRequest } from 'node:http';
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

/** One connection per client, kept open as a browser keeps its connections to one origin. */
const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

function post(job: HttpClientsJob, index: number): Promise<void> {
  const body = job.bodies[index % job.bodies.length] ?? '';
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      job.url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${job.secret}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          try {
            const answer = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { errors?: { message: string }[] };
            if (response.statusCode !== 200 || answer.errors) {
              reject(new Error(answer.errors?.[0]?.message ?? `HTTP ${response.statusCode}`));
            } else resolve();
          } catch (error) {
            reject(error);
          }
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const job = workerData as HttpClientsJob;
await closedLoop(job.clients, job.warmUp, (index) => post(job, index));
parentPort?.postMessage(await closedLoop(job.clients, job.total, (index) => post(job, index)));
