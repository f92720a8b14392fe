// Starts a stand-in's node:http server and answers the address it got (port 0 picks a free one).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export async function listen(server: Server, port: number, host: string): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return { url: `http://${host.includes(":") ? `[${host}]` : host}:${bound}`, port: bound };
}
