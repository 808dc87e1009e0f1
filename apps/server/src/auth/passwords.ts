import { hash, verify } from '@node-rs/argon2';

// Argon2id with the OWASP minimum (19 MiB, 2 passes): about 60 ms here, slow enough to make
// guessing expensive and fast enough for a login rush on the first morning of a campaign.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};
