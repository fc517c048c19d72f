import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const unrefTimers = fileURLToPath(new URL("./unref-timers.cjs", import.meta.url));

/**
 * Runs the Prisma CLI against `databaseUrl`, or DATABASE_URL from the environment. The preload keeps the WASM schema
 * engine's 10 s idle timer from holding the process open after the command is done.
 */
export function runPrisma(args: string[], options: { quiet?: boolean; databaseUrl?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", unrefTimers, "node_modules/prisma/build/index.js", ...args], {
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      env: { ...process.env, ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (${code})\n${output}`))));
  });
}
