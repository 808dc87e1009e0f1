import type { ApiClient } from '../../api/client.ts';
import { saveBlob } from '../../ui/save-blob.ts';

/** Fetches an export with the session's token and hands it to the browser as a download. */
export async function downloadExport(api: ApiClient, path: string, fallbackName: string) {
  saveBlob(await api.blob(path), fallbackName);
}
