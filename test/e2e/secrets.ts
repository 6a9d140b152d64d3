// Finds secrets (a password, LibreLinkUp tokens) anywhere inside recorded messages: in any
// string, key or value, at any depth. Reports where, never the secret itself.

export interface Scanned {
  direction: string;
  channel: string;
  payload: unknown;
}

/** Secrets shorter than this would match by accident (e.g. the demo password `demo`). */
const MIN_SECRET_LENGTH = 6;

export function findSecrets(messages: readonly Scanned[], secrets: readonly string[]): string[] {
  const wanted = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH);
  if (wanted.length !== secrets.length) {
    throw new Error(`secrets shorter than ${MIN_SECRET_LENGTH} characters cannot be scanned for`);
  }
  const found: string[] = [];
  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'string') {
      wanted.forEach((secret, index) => {
        if (value.includes(secret)) found.push(`secret #${index} in ${where}`);
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${where}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        visit(key, `${where} (key)`);
        visit(item, `${where}.${key}`);
      }
    }
  };
  messages.forEach((m, i) => visit(m.payload, `#${i} ${m.direction} ${m.channel}`));
  return found;
}
