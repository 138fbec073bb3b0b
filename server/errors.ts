// The named errors whosaid throws on purpose, each carrying the HTTP status the API answers it with.

/** Base of every deliberate error: the API's error middleware turns it into `{error: {name, message}}`. */
export abstract class WhosaidError extends Error {
  abstract readonly status: number;
  /** Facts the answer carries beside name and message (a Neo4j code, a line and column). */
  readonly details?: Record<string, unknown>;

  constructor(message: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message, options);
    this.name = new.target.name;
    if (options?.details) this.details = options.details;
  }
}

/** A caller asked for something that does not exist (an unknown node id). */
export class NotFoundError extends WhosaidError {
  readonly status = 404;
}

/** A caller sent input that fails validation (an empty article text, a malformed query parameter). */
export class InvalidInputError extends WhosaidError {
  readonly status = 400;
}

/** Neo4j cannot be reached or is not serving the database right now; trying again later may succeed. */
export class DatabaseUnavailableError extends WhosaidError {
  readonly status = 503;
}

/** Neo4j stopped a query at its time limit: the database answers, but that question takes too long now. */
export class DatabaseTimeoutError extends WhosaidError {
  readonly status = 503;
}

/** A write was sent without the write token, or with a wrong one. */
export class UnauthorizedError extends WhosaidError {
  readonly status = 401;
}

/** Writes are turned off on this server (no WHOSAID_WRITE_TOKEN is set); the message says how to turn them on. */
export class WritesDisabledError extends WhosaidError {
  readonly status = 403;
}

/** A request body is larger than the server accepts (WHOSAID_BODY_LIMIT). */
export class PayloadTooLargeError extends WhosaidError {
  readonly status = 413;
}

/** The process environment holds a setting whosaid cannot use; the message names the variable. */
export class ConfigError extends WhosaidError {
  readonly status = 500;
}

/** A known route was asked with a method it does not serve; `allow` lists the methods it does. */
export class MethodNotAllowedError extends WhosaidError {
  readonly status = 405;

  constructor(message: string, readonly allow: string[]) {
    super(message);
  }
}

/** Neo4j refused an analyst's query as written or stopped it while running; `details` has its code and position. */
export class CypherError extends WhosaidError {
  readonly status = 400;
}

/** An analyst's query would write, change the schema or reach outside the graph; `details.reason` says which. */
export class QueryRefusedError extends WhosaidError {
  readonly status = 403;
}

/**
 * An analyst's query ran past its time limit and was stopped. 504 because the upstream database did not answer
 * in time: 408 would invite browsers to send the same query again, and 503 would promise that a retry may work.
 */
export class QueryTimeoutError extends WhosaidError {
  readonly status = 504;
}

/** Every slot for analysts' queries is taken (long queries still running); trying again later may succeed. */
export class QueryCapacityError extends WhosaidError {
  readonly status = 503;
}

/** The request's Host header names a host this server does not answer to (DNS rebinding, a misconfigured proxy). */
export class MisdirectedRequestError extends WhosaidError {
  readonly status = 421;
}

/** A client asked for expensive answers more often than the rate limit allows; Retry-After says when to try again. */
export class RateLimitedError extends WhosaidError {
  readonly status = 429;
}

/** The request had no answer by its deadline (REQUEST_TIMEOUT_MS), whatever it was waiting on. */
export class DeadlineExceededError extends WhosaidError {
  readonly status = 503;
}
