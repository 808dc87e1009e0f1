import { tableToCsv, xlsxParts, type Locale, type ReportTable } from '@lifecert/core';
import type { FastifyReply } from 'fastify';
import { strToU8, zipSync } from 'fflate';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook with one sheet per table. */
export const xlsxBytes = (tables: readonly ReportTable[], lang: Locale): Uint8Array => {
  const parts = xlsxParts(tables, lang);
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])),
    { level: 6 },
  );
};

/** Sends an export as a download; the name is ASCII so every browser keeps it. */
export const sendExport = (
  reply: FastifyReply,
  format: ExportFormat,
  fileStem: string,
  tables: readonly ReportTable[],
  lang: Locale,
): FastifyReply => {
  reply.header('cache-control', 'no-store');
  reply.header('content-disposition', `attachment; filename="${fileStem}.${format}"`);
  if (format === 'csv') {
    return reply.type('text/csv; charset=utf-8').send(tableToCsv(tables[0]!, lang));
  }
  return reply.type(XLSX_TYPE).send(Buffer.from(xlsxBytes(tables, lang)));
};
