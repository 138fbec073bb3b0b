// What a client needs to know about this server: whether it takes writes, and the largest body it accepts.
import type { WriteSettings } from '../config';
import type { ConfigPayload } from '../contract';

export function serviceConfig(writes: WriteSettings): ConfigPayload {
  return { writes: writes.token !== null, bodyLimitBytes: writes.bodyLimitBytes };
}
