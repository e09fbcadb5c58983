/**
 * A real SMTP receiver (smtp-server) for the e-mails Strapi sends, read as a
 * mail client reads them (mailparser). `useFor()` points the CMS loaded in
 * this process at it (SMTP_HOST/SMTP_PORT), before startStack loads it.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '@qn/devstack';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Inbox {
  mails: Mail[];
  /** The first e-mail to this address, waiting for it up to `timeoutMs`. */
  mailTo(address: string, timeoutMs?: number): Promise<Mail>;
  close(): Promise<void>;
}

const ENV = ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE'] as const;

export async function startInbox(): Promise<Inbox> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          mails.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false' });
  return {
    mails,
    async mailTo(address, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const found = mails.find((m) => m.to === address);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no e-mail to ${address} within ${timeoutMs} ms (received: ${mails.map((m) => m.to).join(', ') || 'none'})`);
    },
    async close() {
      for (const name of ENV) delete process.env[name];
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
