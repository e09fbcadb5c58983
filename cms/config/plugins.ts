import { loadEnv } from '@qn/config';

export default () => {
  const config = loadEnv();
  return {
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        landingPage: !config.production,
        // The site builder pages through content; deep or huge queries are refused.
        depthLimit: 6,
        defaultLimit: 100,
        maxLimit: 500,
        apolloServer: { introspection: !config.production },
      },
    },
    'users-permissions': { config: { jwtSecret: config.cms.secrets.jwtSecret } },
  };
};
