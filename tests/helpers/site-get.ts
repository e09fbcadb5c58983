import { request, type IncomingHttpHeaders } from 'node:http';

export interface HostResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent (still compressed when the server compressed them). */
  bytes: Buffer;
}

/**
 * A request to a local web server as a browser on `host` would send it (fetch
 * cannot set Host). Like a browser, a request sent on a kept-alive connection
 * that the server closed at the same moment (nginx's old workers do so on a
 * reload) is sent once more on a new connection: Node's documented answer to
 * that race (`request.reusedSocket`).
 */
export function requestWithHost(port: number, host: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<HostResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { ...headers, host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (req.reusedSocket && error.code === 'ECONNRESET') requestWithHost(port, host, path, headers, method).then(resolve, reject);
      else reject(error);
    });
    req.end();
  });
}

/** GET from a local site server as a browser on `host` would. */
export async function getWithHost(port: number, host: string, path: string): Promise<{ status: number; body: string }> {
  const response = await requestWithHost(port, host, path);
  return { status: response.status, body: response.bytes.toString('utf8') };
}
