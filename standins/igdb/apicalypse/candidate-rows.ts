// Narrows a query to the rows its where clause can match, using field indexes, before the full predicate runs.
import { fieldSpec, schemaFor, type Endpoint } from "../dataset/schema";
import type { Scalar, StoredRecord } from "../dataset/stored-record";
import type { QueryContext } from "./evaluate-where";
import type { WhereNode } from "./parse-where";

/**
 * The rows a where clause can only match among, from field indexes (`id = 5`, `slug = "tetris"`,
 * `platforms = (413)`, combined under & and |), in id order; null when the clause needs a full scan.
 */
export function candidateRows(node: WhereNode, endpoint: Endpoint, ctx: QueryContext): StoredRecord[] | null {
  if (node.type === "compare") {
    const [field] = node.path;
    if (node.path.length !== 1 || node.op !== "=" || !field || !fieldSpec(schemaFor(endpoint, ctx.drift), field)) return null;
    const v = node.value;
    const wanted = v.kind === "literal" && v.value !== null ? [v.value] : v.kind === "list" && v.mode === "any" ? v.values : null;
    if (!wanted) return null;
    const lookups = wanted.filter((x): x is Scalar => x !== null);
    if (field === "id") {
      const ids = [...new Set(lookups)].filter((x): x is number => typeof x === "number").sort((a, b) => a - b);
      return ids.map((id) => ctx.dataset.get(endpoint, id)).filter((r): r is StoredRecord => r !== undefined);
    }
    const index = ctx.dataset.index(endpoint, ctx.drift, field);
    return unionById(lookups.map((x) => index.get(x) ?? []));
  }
  const left = candidateRows(node.left, endpoint, ctx);
  const right = candidateRows(node.right, endpoint, ctx);
  if (node.type === "and") {
    // Either side bounds the result; the predicate still checks both.
    if (left && right) return left.length <= right.length ? left : right;
    return left ?? right;
  }
  return left && right ? unionById([left, right]) : null;
}

function unionById(lists: StoredRecord[][]): StoredRecord[] {
  if (lists.length === 1) return lists[0]!;
  return [...new Set(lists.flat())].sort((a, b) => a.id - b.id);
}
