// The named errors whosaid throws on purpose, each carrying the HTTP status the API answers it with.

/** Base of every deliberate error: the API's error middleware turns it into `{error: {name, message}}`. */
export abstract class WhosaidError extends Error {
  abstract readonly status: number;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
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
