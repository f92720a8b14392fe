// Our metric names in one place: the collectors register them, the history reads them back.
export const METRIC = {
  httpRequests: "questlog_http_requests_total",
  httpDuration: "questlog_http_request_duration_seconds",
  cacheRequests: "questlog_cache_requests_total",
  cacheFailures: "questlog_cache_failures_total",
  searches: "questlog_searches_total",
  searchDeduplicated: "questlog_search_deduplicated_total",
  igdbRequests: "questlog_igdb_requests_total",
  igdbRetries: "questlog_igdb_retries_total",
  igdbRateLimited: "questlog_igdb_rate_limited_total",
  igdbFailures: "questlog_igdb_failures_total",
  igdbTokenRefreshes: "questlog_igdb_token_refreshes_total",
  igdbConnected: "questlog_igdb_connected",
  igdbCircuit: "questlog_igdb_circuit_state",
  jobStatsUp: "questlog_job_stats_up",
  jobs: "questlog_jobs",
  jobsCompletedLastMinute: "questlog_jobs_completed_last_minute",
  jobDeadLetters: "questlog_job_dead_letters",
  jobQueuePaused: "questlog_job_queue_paused",
  jobOldestWaiting: "questlog_job_oldest_waiting_seconds",
  writesUp: "questlog_catalog_writes_up",
  writesDepth: "questlog_catalog_writes_depth",
  writesCapacity: "questlog_catalog_writes_capacity",
  writesLag: "questlog_catalog_writes_lag_seconds",
  writesOldestWaiting: "questlog_catalog_writes_oldest_waiting_seconds",
  writesApplied: "questlog_catalog_writes_applied_total",
  writesDead: "questlog_catalog_writes_dead_total",
  writesRejected: "questlog_catalog_writes_rejected_total",
  writesBatches: "questlog_catalog_writes_batches_total",
} as const;

/** The circuit breaker's states as the gauge encodes them. */
export const CIRCUIT_CODES = { closed: 0, half_open: 1, open: 2 } as const;
