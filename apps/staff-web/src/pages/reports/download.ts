import type { ApiClient } from '../../api/client.ts';

/**
 * Fetches an export with the session's token and hands it to the browser as a download (a plain
 * link cannot carry the bearer token). The file name comes from the server.
 */
export async function downloadExport(api: ApiClient, path: string, fallbackName: string) {
  const blob = await api.blob(path);
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fallbackName;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
