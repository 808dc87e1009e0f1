import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';

/** The machine's IPv4 addresses, so a phone on the same network can reach the server by IP. */
const localAddresses = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .filter((n): n is NonNullable<typeof n> => n !== undefined && n.family === 'IPv4')
    .map((n) => n.address);

/**
 * A self-signed certificate for development over HTTPS (browsers only open the camera on secure
 * origins). Made once and kept under DATA_DIR/tls, so the phone's exception survives restarts.
 */
export async function selfSignedCertificate(
  dataDir: string,
): Promise<{ key: string; cert: string }> {
  const dir = path.resolve(dataDir, 'tls');
  const keyFile = path.join(dir, 'dev-key.pem');
  const certFile = path.join(dir, 'dev-cert.pem');
  try {
    return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') };
  } catch {
    // not made yet
  }
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 1);
  const pems = await generate([{ name: 'commonName', value: 'lifecert development' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          ...localAddresses().map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert };
}
