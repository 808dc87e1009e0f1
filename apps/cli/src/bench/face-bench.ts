/** Filled in once the face engine lands: ms per frame and per attempt. */
export function faceBench(log: (line: string) => void): Promise<unknown> {
  log('face bench: not wired yet');
  return Promise.resolve(null);
}
