import { SMTPServer } from "smtp-server";

export interface SlowSmtpServer {
  port: number;
  /** Messages whose DATA began: a second send of the same mail counts, even before it completes. */
  started: () => number;
  completed: () => number;
  close: () => Promise<void>;
}

/** An SMTP server that accepts every message and answers its DATA after `delayMs`, as a slow provider does. */
export async function startSlowSmtpServer(options: { port: number; delayMs: number }): Promise<SlowSmtpServer> {
  let started = 0;
  let completed = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      started++;
      stream.resume();
      stream.on("end", () =>
        setTimeout(() => {
          completed++;
          callback();
        }, options.delayMs),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : options.port,
    started: () => started,
    completed: () => completed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
