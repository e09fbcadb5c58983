import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Development secrets generated on first start live in DATA_DIR/secrets, readable by the owner only. */
export async function writeSecret(dataDir: string, name: string, value: string): Promise<void> {
  const dir = join(dataDir, 'secrets');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(join(dir, name), value, { mode: 0o600 });
}

export async function readSecret(dataDir: string, name: string): Promise<string | null> {
  try {
    return (await readFile(join(dataDir, 'secrets', name), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}
