// Sending a file as the raw body of a POST with progress, the one place the web app uses
// XMLHttpRequest (fetch reports no upload progress). The answer may be NDJSON: each complete
// line is handed over as it arrives. An answer that is not 2xx is thrown as ApiError, like api().
import { ApiError, type ApiErrorBody } from './api-client.ts';
import { currentLanguage } from './i18n.ts';

export type UploadHandlers = {
  /** Bytes sent so far of the total, while the file goes up. */
  onUploadProgress?: (sent: number, total: number) => void;
  /** Each parsed line of an NDJSON answer, in order. */
  onLine?: (line: unknown) => void;
};

export const NDJSON = 'application/x-ndjson';

export function uploadFile(url: string, file: Blob, handlers: UploadHandlers = {}, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let consumed = 0;
    const takeLines = () => {
      if (xhr.status < 200 || xhr.status >= 300) return;
      const text = xhr.responseText;
      let end = text.indexOf('\n', consumed);
      while (end !== -1) {
        const line = text.slice(consumed, end).trim();
        consumed = end + 1;
        if (line) handlers.onLine?.(JSON.parse(line));
        end = text.indexOf('\n', consumed);
      }
    };
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', `${NDJSON}, application/json`);
    xhr.setRequestHeader('accept-language', currentLanguage());
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => handlers.onUploadProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onprogress = takeLines;
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          takeLines();
          const rest = xhr.responseText.slice(consumed).trim();
          if (rest) handlers.onLine?.(JSON.parse(rest));
          resolve();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      }
      reject(new ApiError(xhr.status, errorBodyOf(xhr.responseText, xhr.statusText)));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

function errorBodyOf(text: string, statusText: string): ApiErrorBody {
  try {
    const data = JSON.parse(text) as ApiErrorBody;
    if (data?.error?.code) return data;
  } catch {
    // not JSON: a proxy's page
  }
  return { error: { code: 'internal.unexpected', message: statusText } };
}
