// The catalog write queue's dead writes on the queues page: listed with their reasons and requeued.
import { expect, it } from "vitest";

import { POST as requeueWrite } from "@/app/api/admin/catalog-writes/dead/[id]/requeue/route";
import { GET as listDeadWrites } from "@/app/api/admin/catalog-writes/dead/route";
import { getDb } from "@/lib/accounts-db/get-db";
import { getCatalogWriteQueue } from "@/lib/catalog-writes/get-catalog-write-queue";

import { apiRequest, read, type Json } from "../auth/support/api-request";
import { gameWrite } from "../catalog-writes/write-fixtures";
import { bearer, call, post } from "./queues-test-support";

/** Runs inside the describe of queues-api.test.ts, with the write queue started. */
export function describeCatalogDeadWrites() {
  it("lists dead catalog writes and requeues one (a new ticket), 404 once it is gone", async () => {
    const queue = getCatalogWriteQueue();
    const poison = gameWrite(4242);
    if (poison.kind === "game.upsert") poison.game.rating = 250; // out of range: dead-lettered at the drainer
    const [ticket] = queue.enqueue([poison]);
    expect((await queue.settled(ticket!.id)).state).toBe("dead");
    const list = await read(listDeadWrites(apiRequest("/api/admin/catalog-writes/dead", { headers: bearer }), undefined));
    expect(list.body.deadWrites.find((d: Json) => d.id === ticket!.id)).toMatchObject({ reason: expect.stringMatching(/invalid write/) });
    const res = await call(requeueWrite, `/api/admin/catalog-writes/dead/${ticket!.id}/requeue`, { id: ticket!.id }, post());
    expect(res).toMatchObject({ status: 200, body: { deadWriteId: ticket!.id, ticket: { id: expect.any(String), accepted: true } } });
    expect(res.body.ticket.id).not.toBe(ticket!.id);
    expect((await queue.deadLetters()).some((d) => d.id === ticket!.id)).toBe(false);
    expect((await call(requeueWrite, "/x", { id: ticket!.id }, post())).status).toBe(404);
    expect((await call(requeueWrite, "/x", { id: "not a write id" }, post())).status).toBe(400);
    expect(
      await (await getDb()).auditLog.count({ where: { action: "catalog-write.requeue", target: `catalog-write:${ticket!.id}` } }),
    ).toBe(1);
  });
}
