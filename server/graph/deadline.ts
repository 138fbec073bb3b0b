// Bounds a wait: the work's own result if it comes in time, else the error the caller names, at the deadline.
//
// The work is not cancelled (a driver call cannot be), only no longer waited for; its late outcome is dropped so
// that a rejection after the deadline never surfaces as an unhandled one.

export function withDeadline<T>(work: Promise<T>, timeoutMs: number, late: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(late()), timeoutMs);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
