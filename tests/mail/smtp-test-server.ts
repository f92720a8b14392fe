// A real SMTP server for the mail tests (the smtp-server package, on loopback): it records what arrives
// and answers RCPT TO the way a test asks, so the product's nodemailer client is exercised over TCP.
import { once } from "node:events";
import net, { type AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  /** The authenticated user, when the client logged in. */
  user: string | undefined;
  /** The message as transmitted (headers and body, CRLF). */
  raw: string;
}

export interface SmtpTestServerOptions {
  /** Listen here (a restart on the port a test already configured); default: any free port. */
  port?: number;
  /** Require AUTH with these credentials. */
  auth?: { user: string; pass: string };
  /** A reply code and text to refuse a recipient with; undefined accepts it. */
  rcptReply?: (address: string, rcptCount: number) => { code: number; text: string } | undefined;
  /** Called with each message as it arrives (the e2e sink writes them where browser tests can read them). */
  onMessage?: (mail: ReceivedMail) => void;
}

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  /** smtp://[user:pass@]127.0.0.1:port */
  url(credentials?: { user: string; pass: string }): string;
  close(): Promise<void>;
}

/** An SMTP error reply: smtp-server sends `responseCode` and the message to the client. */
function reply(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code });
}

export async function startSmtpServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let rcptCount = 0;
  const server = new SMTPServer({
    logger: false,
    // Plain TCP on loopback: no certificate to trust, and AUTH allowed without TLS for the auth test.
    disabledCommands: options.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
    allowInsecureAuth: true,
    authOptional: !options.auth,
    closeTimeout: 200,
    onAuth(auth, _session, callback) {
      const ok = options.auth && auth.username === options.auth.user && auth.password === options.auth.pass;
      if (ok) callback(null, { user: auth.username });
      else callback(reply(535, "5.7.8 Authentication credentials invalid"));
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.rcptReply?.(address.address, ++rcptCount);
      callback(refusal ? reply(refusal.code, refusal.text) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail: ReceivedMail = {
          envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : undefined,
          raw: Buffer.concat(chunks).toString("utf8"),
        };
        received.push(mail);
        options.onMessage?.(mail);
        callback();
      });
    },
  });
  const listening = server.listen(options.port ?? 0, "127.0.0.1");
  await once(listening, "listening");
  const port = (listening.address() as AddressInfo).port;
  return {
    port,
    received,
    url: (credentials) =>
      `smtp://${credentials ? `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.pass)}@` : ""}127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A loopback port nothing listens on (taken from the OS, then released): "the SMTP server is down". */
export async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A server that accepts connections and never says a word: the dead-but-listening SMTP server. */
export async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => sockets.add(socket)).listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Header fields of a raw message (folded lines joined), by lower-case name. */
export function headersOf(raw: string): Map<string, string> {
  const block = raw.slice(0, raw.indexOf("\r\n\r\n"));
  const headers = new Map<string, string>();
  let last = "";
  for (const line of block.split("\r\n")) {
    if (/^[ \t]/.test(line)) headers.set(last, `${headers.get(last) ?? ""} ${line.trim()}`);
    else {
      last = line.slice(0, line.indexOf(":")).toLowerCase();
      headers.set(last, line.slice(line.indexOf(":") + 1).trim());
    }
  }
  return headers;
}
