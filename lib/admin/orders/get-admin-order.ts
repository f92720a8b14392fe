import "server-only";

import { getDb } from "@/lib/accounts-db/get-db";
import { addAmounts, compareAmounts, subtractAmount } from "@/lib/money";

import { describeOrderAudit, describeOrderEvent } from "./describe-order-event";
import type { AdminOrderDetail, AdminOrderLine, AdminOrderStatus, TimelineEntry } from "./schemas";

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * One order for /admin/orders/{id}: lines (with what is refunded and left of each, and the entitlement),
 * payments, refunds with their lines, and a timeline: the outbox events about the order and its entitlements
 * (`OutboxEvent_aggregateId_createdAt_idx`) merged with the console's audit entries on `order:{id}`, oldest first.
 * Null when there is no such order.
 */
export async function getAdminOrder(orderId: string): Promise<AdminOrderDetail | null> {
  const db = await getDb();
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      lines: { orderBy: { id: "asc" }, include: { entitlement: true } },
      payments: { orderBy: { createdAt: "asc" } },
      refunds: { orderBy: { createdAt: "asc" }, include: { lines: true } },
    },
  });
  if (!order) return null;
  const entitlementIds = order.lines.flatMap((line) => (line.entitlement ? [line.entitlement.id] : []));
  const [events, audits] = await Promise.all([
    db.outboxEvent.findMany({
      where: { aggregateId: { in: [order.id, ...entitlementIds] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
    db.auditLog.findMany({ where: { target: `order:${order.id}` }, orderBy: { createdAt: "asc" }, take: 500 }),
  ]);
  const actorIds = [...new Set(audits.flatMap((a) => (a.actorId ? [a.actorId] : [])))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } }) : [];
  const emailOf = new Map(actors.map((a) => [a.id, a.email]));
  const timeline: TimelineEntry[] = [
    ...events.map((e) => ({
      at: e.createdAt.toISOString(),
      source: "event" as const,
      type: e.type,
      summary: describeOrderEvent(e.type, asRecord(e.payload)),
      actor: null,
    })),
    ...audits.map((a) => ({
      at: a.createdAt.toISOString(),
      source: "audit" as const,
      type: a.action,
      summary: describeOrderAudit(a.action, asRecord(a.details)),
      actor: a.actorId ? (emailOf.get(a.actorId) ?? a.actorId) : asRecord(a.details).via === "admin-api-token" ? "API token" : "system",
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const live = order.refunds.filter((r) => r.status === "pending" || r.status === "succeeded");
  const lines: AdminOrderLine[] = order.lines.map((line) => {
    const refunded = live
      .flatMap((r) => r.lines.filter((l) => l.orderLineId === line.id))
      .reduce((sum, l) => addAmounts(sum, l.amount.toFixed(2)), "0.00");
    const left = subtractAmount(line.lineTotal.toFixed(2), refunded);
    return {
      id: line.id,
      gameId: line.gameId,
      title: line.title,
      unitPrice: line.unitPrice.toFixed(2),
      discount: line.discount.toFixed(2),
      lineTotal: line.lineTotal.toFixed(2),
      refunded,
      refundable: compareAmounts(left, "0.00") > 0 ? left : "0.00",
      refundedAt: line.refundedAt?.toISOString() ?? null,
      entitlement: line.entitlement
        ? {
            id: line.entitlement.id,
            grantedAt: line.entitlement.grantedAt.toISOString(),
            revokedAt: line.entitlement.revokedAt?.toISOString() ?? null,
          }
        : null,
    };
  });
  return {
    id: order.id,
    email: order.email,
    userId: order.userId,
    status: order.status as AdminOrderStatus,
    currency: order.currency,
    subtotal: order.subtotal.toFixed(2),
    discount: order.discount.toFixed(2),
    total: order.total.toFixed(2),
    lineCount: order.lines.length,
    createdAt: order.createdAt.toISOString(),
    paidAt: order.paidAt?.toISOString() ?? null,
    paymentIntentId: order.paymentIntentId,
    lines,
    payments: order.payments.map((p) => ({
      id: p.id,
      providerRef: p.providerRef,
      amount: p.amount.toFixed(2),
      currency: p.currency,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
    })),
    refunds: order.refunds.map((r) => ({
      id: r.id,
      amount: r.amount.toFixed(2),
      currency: r.currency,
      status: r.status,
      reason: r.reason,
      requestedBy: r.requestedBy,
      providerRefundId: r.providerRefundId,
      createdAt: r.createdAt.toISOString(),
      completedAt: r.completedAt?.toISOString() ?? null,
      lines: r.lines.map((l) => ({ lineId: l.orderLineId, amount: l.amount.toFixed(2) })),
    })),
    timeline,
  };
}
