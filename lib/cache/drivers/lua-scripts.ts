// Scripts shared by the Redis drivers. Each runs atomically on the server.

/** Release a lock only if we still own it: GET and DEL as one step, so we never delete a successor's lock. */
export const COMPARE_AND_DELETE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;

/** INCR, and PEXPIRE only when the key was just created (fixed windows that do not slide on every hit). */
export const INCREMENT_WITH_TTL = `local n = redis.call("INCR", KEYS[1]) if n == 1 and tonumber(ARGV[1]) > 0 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end return n`;
