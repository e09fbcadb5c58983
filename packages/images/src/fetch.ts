import { MediaError, type FetchMedia } from './types.ts';

export interface HttpMediaOptions {
  /** Strapi's base URL (CMS_URL): upload providers that store files locally give root-relative URLs. */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Per request; a stalled upload server must not stall the build. */
  timeoutMs?: number;
}

/**
 * Fetches media over HTTP from Strapi (or the upload provider's host for
 * absolute URLs), refusing bodies larger than the limit while they stream
 * rather than after they are in memory.
 */
export function httpMediaFetcher(options: HttpMediaOptions): FetchMedia {
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  return async (url, { maxBytes }) => {
    let target: URL;
    try {
      target = new URL(url, options.baseUrl);
    } catch {
      throw new MediaError('unreachable', `"${url}" is not a URL the build can fetch.`);
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') {
      throw new MediaError('unreachable', `${target.href} is not an http(s) URL.`);
    }
    let response: Response;
    try {
      response = await fetchImpl(target, { signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new MediaError('unreachable', `${target.href} could not be fetched: ${(error as Error).message}.`, { cause: error });
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new MediaError('unreachable', `${target.href} answered ${response.status}: the file is missing from the media library's storage.`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body.cancel();
      throw tooLarge(target.href, declared, maxBytes);
    }
    return readLimited(response.body, target.href, maxBytes);
  };
}

async function readLimited(body: ReadableStream<Uint8Array>, href: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge(href, total, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof MediaError) throw error;
    throw new MediaError('unreachable', `${href} stopped while downloading: ${(error as Error).message}.`, { cause: error });
  }
  return Buffer.concat(chunks, total);
}

export function tooLarge(what: string, bytes: number, maxBytes: number): MediaError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new MediaError('too-large', `${what} is ${mb(bytes)} or more, above the ${mb(maxBytes)} limit: upload a smaller version.`);
}
