// Finds Java 17+ and Maven, and builds the local Neo4j runner (neo4j-local/) once, reusing the build afterwards.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../config';

const run = promisify(execFile);
const RUNNER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const CLASSPATH_FILE = path.join(RUNNER_DIR, 'target', 'classpath.txt');
const INSTALL_HINT = 'Install them with: sudo apt-get install -y openjdk-17-jdk-headless maven';

export class ToolchainError extends Error {
  override name = 'ToolchainError';
}

async function javaMajorVersion(): Promise<number> {
  let output: string;
  try {
    // `java -version` prints to stderr.
    const { stderr, stdout } = await run('java', ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new ToolchainError(
      `Java 17 or newer is needed to run the local Neo4j, and 'java' was not found. ${INSTALL_HINT}`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match?.[1]) throw new ToolchainError(`Could not read the Java version from: ${output.trim()}`);
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

async function assertMaven(): Promise<void> {
  try {
    await run('mvn', ['-v']);
  } catch {
    throw new ToolchainError(
      `Maven is needed to fetch Neo4j from Maven Central, and 'mvn' was not found. ${INSTALL_HINT}`,
    );
  }
}

function newestSourceTime(): number {
  const sources = [
    path.join(RUNNER_DIR, 'pom.xml'),
    path.join(RUNNER_DIR, 'src/main/java/cspgraph/local/LocalNeo4j.java'),
  ];
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

/** Returns the Java classpath of the runner, building it with Maven when it is missing or out of date. */
export async function runnerClasspath(log: (line: string) => void = () => {}): Promise<string> {
  const major = await javaMajorVersion();
  if (major < 17) {
    throw new ToolchainError(`Java 17 or newer is needed to run Neo4j 5.26, found Java ${major}. ${INSTALL_HINT}`);
  }
  const stale = !existsSync(CLASSPATH_FILE) || statSync(CLASSPATH_FILE).mtimeMs < newestSourceTime();
  if (stale) {
    await assertMaven();
    log('Building the local Neo4j runner with Maven (first run downloads Neo4j from Maven Central)...');
    try {
      await run('mvn', ['-q', '-B', '-f', path.join(RUNNER_DIR, 'pom.xml'), 'package'], {
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const detail = error instanceof Error && 'stdout' in error ? String(error.stdout).slice(-2000) : String(error);
      throw new ToolchainError(`Building neo4j-local with Maven failed:\n${detail}`);
    }
  }
  const dependencies = readFileSync(CLASSPATH_FILE, 'utf8').trim();
  return [path.join(RUNNER_DIR, 'target', 'classes'), dependencies].join(path.delimiter);
}
