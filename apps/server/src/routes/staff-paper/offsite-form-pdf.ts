import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import qrcode from 'qrcode-generator';
import { AppError } from '../../errors.ts';

type FontCandidate = {
  path: string;
  /** the face to pick inside a collection (.ttc); none for a single font file */
  family?: string;
};

// Noto Sans SC (SIL OFL 1.1) from the npm registry, so that a fresh `npm ci && npm start` prints
// forms on a machine without Chinese system fonts. It is the heaviest dependency (about 95 MB, one
// file per weight: no smaller single-file OFL Chinese font is on npm); only Regular is read.
const NPM_NOTO_SANS_SC = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);

// PDF viewers and pdfkit's standard fonts have no Chinese glyphs, so a CJK font is embedded (as
// a subset of the characters used). Debian's fonts-noto-cjk is preferred where installed (one
// collection file already in the page cache of most servers), the npm copy otherwise.
export const CJK_FONT_CANDIDATES: readonly FontCandidate[] = [
  {
    path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    family: 'NotoSansCJKsc-Regular',
  },
  {
    path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
    family: 'NotoSerifCJKsc-Regular',
  },
  { path: NPM_NOTO_SANS_SC },
];

type LoadedFont = { data: Buffer; family?: string };
let cachedFont: LoadedFont | null = null;

/** The first CJK font present, read once; `pdf_font_missing` (503) when none is found. */
export const loadCjkFont = (candidates = CJK_FONT_CANDIDATES): LoadedFont => {
  if (cachedFont && candidates === CJK_FONT_CANDIDATES) return cachedFont;
  const found = candidates.find((c) => existsSync(c.path));
  if (!found) throw new AppError('pdf_font_missing');
  const font = { data: readFileSync(found.path), family: found.family };
  if (candidates === CJK_FONT_CANDIDATES) cachedFont = font;
  return font;
};

export type OffsiteFormData = {
  title: string;
  campaignYear: number;
  agencyName: string;
  person: {
    name: string;
    idNumber: string;
    district: string;
    residenceRegion: string | null;
    mobile: string | null;
    address: string | null;
  };
  obtainFrom: string;
  mailTo: { name: string; address: string; postcode: string };
  reference: string;
  printedOn: string;
};

const MM = 72 / 25.4;

/** The certification form for a person living elsewhere, as an A4 PDF. */
export const renderOffsiteFormPdf = (
  data: OffsiteFormData,
  font = loadCjkFont(),
): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 18 * MM,
      info: { Title: data.title, Subject: data.reference, Creator: 'lifecert' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', font.data, font.family);
    doc.font('cjk');

    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const qrSize = 34 * MM;

    // The QR code names the record by a signed reference, never by the ID number.
    const qr = qrcode(0, 'M');
    qr.addData(data.reference);
    qr.make();
    const n = qr.getModuleCount();
    const quiet = 4;
    const cell = qrSize / (n + 2 * quiet);
    const qrX = left + width - qrSize;
    const qrY = doc.page.margins.top;
    doc.rect(qrX, qrY, qrSize, qrSize).fill('#ffffff');
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (qr.isDark(r, c)) {
          doc.rect(qrX + (c + quiet) * cell, qrY + (r + quiet) * cell, cell, cell);
        }
      }
    }
    doc.fill('#000000');
    doc.fontSize(6).text(data.reference, qrX - 10 * MM, qrY + qrSize + 1 * MM, {
      width: qrSize + 10 * MM,
      align: 'right',
    });

    doc
      .fontSize(16)
      .text(data.title, left, qrY + 4 * MM, { width: width - qrSize - 4 * MM, align: 'left' });
    doc.moveDown(0.4).fontSize(12).text(`${data.campaignYear}年度 · ${data.agencyName}`);

    // Personal data as a two-column table.
    let y = qrY + qrSize + 10 * MM;
    const rows: Array<[string, string]> = [
      ['姓名', data.person.name],
      ['证件号码', data.person.idNumber],
      ['参保区县', data.person.district],
      ['现居住地', data.person.residenceRegion ?? ''],
      ['联系电话', data.person.mobile ?? ''],
      ['现住址', data.person.address ?? ''],
    ];
    const labelWidth = 32 * MM;
    const rowHeight = 10 * MM;
    doc.lineWidth(0.8);
    for (const [label, value] of rows) {
      doc.rect(left, y, labelWidth, rowHeight).stroke();
      doc.rect(left + labelWidth, y, width - labelWidth, rowHeight).stroke();
      doc.fontSize(12).text(label, left + 3 * MM, y + 3 * MM, { width: labelWidth - 6 * MM });
      doc.text(value, left + labelWidth + 3 * MM, y + 3 * MM, {
        width: width - labelWidth - 6 * MM,
        height: rowHeight - 4 * MM,
        ellipsis: true,
      });
      y += rowHeight;
    }

    // The stamp box the agency of the place of residence fills in.
    const boxHeight = 62 * MM;
    doc.rect(left, y, width, boxHeight).stroke();
    doc
      .fontSize(12)
      .text('居住地社会保险经办机构认证意见：', left + 3 * MM, y + 3 * MM)
      .moveDown(0.8)
      .text('经核实，该同志本人仍然健在，符合继续领取基本养老保险待遇的条件。', {
        width: width - 6 * MM,
      });
    doc.text('经办人（签字）：', left + 3 * MM, y + boxHeight - 24 * MM);
    doc.text('经办机构（盖章）：', left + width / 2, y + boxHeight - 24 * MM);
    doc.text('年      月      日', left + width / 2, y + boxHeight - 12 * MM);
    y += boxHeight + 6 * MM;

    doc
      .fontSize(10.5)
      .text('填写与寄送说明：', left, y)
      .moveDown(0.3)
      .text(
        `1. 请本人持身份证和本表到现居住地的社会保险经办机构办理认证，由经办机构核实后签字并加盖公章。`,
        { width },
      )
      .text(
        `2. 请将盖章后的本表邮寄（或委托他人送交）至：${data.mailTo.address}，${data.mailTo.name}，邮编 ${data.mailTo.postcode}。`,
        { width },
      )
      .text(`3. 本表可从${data.obtainFrom}下载，请勿涂改右上角二维码。`, { width })
      .moveDown(0.5)
      .fontSize(8)
      .fillColor('#444444')
      .text(`打印日期 ${data.printedOn}`, { width });
    doc.end();
  });
