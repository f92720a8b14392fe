import "server-only";

import { gameTitles } from "@/lib/store/listings/game-titles";

import { saleStatus } from "./sale-rules";
import type { AdminSale } from "./sale-schemas";

const GAMES_SHOWN = 10;

export interface SaleRecord {
  id: string;
  name: string;
  percent: number;
  startsAt: Date;
  endsAt: Date;
  startedAt: Date | null;
  endedAt: Date | null;
  createdBy: string | null;
  gameIds: number[];
}

/** A sale as the console shows it: its status at `now`, and its first games by title. */
export function toAdminSale(sale: SaleRecord, now: Date, titles = gameTitles(sale.gameIds.slice(0, GAMES_SHOWN))): AdminSale {
  return {
    id: sale.id,
    name: sale.name,
    percent: Number(sale.percent),
    starts_at: sale.startsAt.toISOString(),
    ends_at: sale.endsAt.toISOString(),
    status: saleStatus(sale, now),
    started_at: sale.startedAt?.toISOString() ?? null,
    ended_at: sale.endedAt?.toISOString() ?? null,
    created_by: sale.createdBy,
    game_count: sale.gameIds.length,
    games: sale.gameIds.slice(0, GAMES_SHOWN).map((id) => ({ id, title: titles.get(id)?.title ?? null })),
  };
}
