/**
 * SQL condition on `games g` leaving out the games an admin hid, for every public list. NOT IN over a
 * subquery is evaluated once per statement into an ephemeral index (from the partial index
 * game_curation_hidden), so each row costs one lookup in a tiny set rather than a query.
 */
export const NOT_HIDDEN_SQL = "g.id NOT IN (SELECT game_id FROM game_curation WHERE hidden = 1)";
