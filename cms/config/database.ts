import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadEnv } from '@qn/config';

export default () => {
  const { database } = loadEnv();
  if (database.client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: database.url },
        pool: { min: 0, max: 10 },
      },
    };
  }
  mkdirSync(dirname(database.filename), { recursive: true });
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: database.filename },
      useNullAsDefault: true,
    },
  };
};
