// A round-robin HTTP proxy for bench:scale, run as its own process so its CPU is read apart from the load
// generator's: `tsx scripts/bench/scale/round-robin-proxy.ts <port> <upstream url>…`.
// node:http rather than a library: http-proxy, the usual npm choice, has had no release since 2020, and
// @fastify/http-proxy would bring a framework along; forwarding with keep-alive to N upstreams is this file.
// A production deployment would put nginx or a cloud load balancer here, which costs less CPU per request.
import http from "node:http";

const [portArg, ...upstreams] = process.argv.slice(2);
if (!portArg || !upstreams.length) throw new Error("usage: round-robin-proxy.ts <port> <upstream url>…");

// One pool of kept-alive sockets per upstream, as a load balancer keeps.
const targets = upstreams.map((u) => ({ url: new URL(u), agent: new http.Agent({ keepAlive: true, maxSockets: 256 }) }));
let next = 0;

const server = http.createServer((req, res) => {
  const target = targets[next]!;
  next = (next + 1) % targets.length;
  const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
  const upstream = http.request(
    {
      host: target.url.hostname,
      port: target.url.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, "x-forwarded-for": forwardedFor },
      agent: target.agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(portArg), "127.0.0.1", () => console.log(`ready ${portArg}`));
process.on("SIGTERM", () => process.exit(0));
