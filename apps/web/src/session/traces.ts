// Everything of one person the page holds outside React state, so that logging out can erase it:
// a shared phone must be ready for the next person with nothing of the previous one left.
const streams = new Set<MediaStream>();
const objectUrls = new Set<string>();

export function trackStream(stream: MediaStream): MediaStream {
  streams.add(stream);
  return stream;
}

export function stopStream(stream: MediaStream | null | undefined): void {
  if (!stream) return;
  for (const track of stream.getTracks()) track.stop();
  streams.delete(stream);
}

export function createTrackedObjectUrl(blob: Blob): string {
  const url = URL.createObjectURL(blob);
  objectUrls.add(url);
  return url;
}

export function revokeTrackedObjectUrl(url: string): void {
  URL.revokeObjectURL(url);
  objectUrls.delete(url);
}

/** Storage keys of this app that belong to the person logged in (the language choice does not). */
export const PERSON_KEY_PREFIX = 'lifecert.person.';
/** The service worker's shell cache name starts with this; other caches may hold personal data. */
export const SHELL_CACHE_PREFIX = 'lifecert-shell-';

export async function eraseTraces(): Promise<void> {
  for (const stream of [...streams]) stopStream(stream);
  for (const url of [...objectUrls]) revokeTrackedObjectUrl(url);
  window.speechSynthesis?.cancel();
  sessionStorage.clear();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(PERSON_KEY_PREFIX)) localStorage.removeItem(key);
  }
  if ('caches' in window) {
    for (const name of await caches.keys()) {
      if (!name.startsWith(SHELL_CACHE_PREFIX)) {
        await caches.delete(name);
        continue;
      }
      // The shell cache must only hold the app shell; drop anything that slipped in from /api.
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        if (new URL(req.url).pathname.startsWith('/api/')) await cache.delete(req);
      }
    }
  }
}
