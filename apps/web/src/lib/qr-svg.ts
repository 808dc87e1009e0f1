import qrcode from 'qrcode-generator';

/**
 * An SVG path of the QR code's dark modules (one unit per module, quiet zone included), so it
 * prints sharp at any size.
 */
export function qrPath(text: string, quiet = 4): { size: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.isDark(r, c)) parts.push(`M${c + quiet} ${r + quiet}h1v1h-1z`);
    }
  }
  return { size: n + 2 * quiet, d: parts.join('') };
}
