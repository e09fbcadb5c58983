/** A complete production environment: every secret real (not a development default), every required address set. */
export function productionEnv(): Record<string, string> {
  const secret = 'a'.repeat(32);
  return {
    NODE_ENV: 'production',
    APP_KEYS: `${secret}1,${secret}2`,
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    JWT_SECRET: secret,
    ENCRYPTION_KEY: secret,
    MEILI_MASTER_KEY: secret,
    ALTCHA_HMAC_KEY: secret,
    PUBLIC_SERVICE_URL: 'https://hoidap.quangninh.gov.vn',
    SMTP_HOST: 'mail.quangninh.gov.vn',
    MEILI_HOST: 'https://search.quangninh.gov.vn',
    SITE_URL_TEMPLATE: 'https://{domain}',
    MEDIA_URL: 'https://media.quangninh.gov.vn',
  };
}
