/**
 * Mailbox providers anyone can sign up to: two leads sharing `gmail.com` are not the same
 * account, so they never make a lead sticky to an owner.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.es', 'ymail.com',
  'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.es', 'outlook.com', 'outlook.es', 'live.com',
  'msn.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'gmx.com',
  'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'yandex.com', 'yandex.ru', 'mail.ru', 'zoho.com',
  'qq.com', '163.com', '126.com', 'fastmail.com', 'tutanota.com', 'hey.com', 'orange.fr', 'free.fr',
  'laposte.net', 'libero.it', 't-online.de', 'btinternet.com', 'comcast.net', 'verizon.net',
]);

/** The company domain of a lead's email, or null for a missing, malformed or free-mail address. */
export function companyDomain(email: unknown): string | null {
  if (typeof email !== 'string') return null;
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  const domain = email.slice(at + 1).trim().toLowerCase();
  return FREE_MAIL_DOMAINS.has(domain) ? null : domain;
}
