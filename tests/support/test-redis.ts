// The real Redis the test command starts (scripts/test.sh) or finds on 127.0.0.1:6379.
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
