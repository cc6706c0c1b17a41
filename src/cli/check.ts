// `kedang check FILE`: reads a file the way the import wizard does and reports what it found.

import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { previewImport, type ImportPreview } from '../lib/domain/import/index.ts';
import { EXIT_INPUT_ERROR, EXIT_OK, UsageError, type CliIo, type Command } from './command.ts';
import { problemMessage } from './messages.ts';
import { formatTable } from './text-table.ts';

interface CheckArgs {
  file: string;
  json: boolean;
  encoding?: string;
  sheet?: string;
  /** 1-based, as people count rows. */
  headerRow?: number;
}

export function parseCheckArgs(args: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        sheet: { type: 'string' },
        'header-row': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) throw new UsageError('Missing FILE.');
  if (extra.length > 0) throw new UsageError(`Unexpected argument: ${extra[0]}`);
  const headerText = parsed.values['header-row'];
  let headerRow: number | undefined;
  if (headerText !== undefined) {
    headerRow = Number(headerText);
    if (!Number.isInteger(headerRow) || headerRow < 1) throw new UsageError('--header-row must be a whole number from 1.');
  }
  return { file, json: parsed.values.json ?? false, encoding: parsed.values.encoding, sheet: parsed.values.sheet, headerRow };
}

/** The stable JSON shape of `check --json`. */
export function checkReport(file: string, preview: ImportPreview) {
  return {
    file,
    ok: preview.ok,
    format: preview.format,
    encoding: preview.encoding,
    confidence: preview.confidence,
    delimiter: preview.delimiter,
    sheets: preview.sheets,
    sheet: preview.sheet,
    headerRow: preview.headerRowIndex >= 0 ? preview.headerRowIndex + 1 : null,
    rowCount: preview.rowCount,
    columns: preview.headers.map((header, i) => ({
      index: i + 1,
      header,
      type: preview.columnTypes[i] ?? 'text',
      field: preview.mapping[i]?.field ?? null,
    })),
    problems: preview.problems.map((p) => ({
      code: p.code,
      severity: p.severity,
      row: p.row ?? null,
      column: p.column ?? null,
      value: p.value ?? null,
      message: problemMessage(p),
    })),
    problemCounts: preview.problemCounts,
  };
}

export type CheckReport = ReturnType<typeof checkReport>;

export function formatCheckReport(r: CheckReport): string {
  const lines: string[] = [];
  lines.push(`File:        ${r.file}`);
  lines.push(`Format:      ${r.format ?? 'unknown'}${r.delimiter ? ` (delimiter ${JSON.stringify(r.delimiter)})` : ''}`);
  if (r.encoding) lines.push(`Encoding:    ${r.encoding} (confidence ${(r.confidence ?? 0).toFixed(2)})`);
  if (r.sheet) lines.push(`Sheet:       ${r.sheet}${r.sheets.length > 1 ? ` (sheets: ${r.sheets.join(', ')})` : ''}`);
  lines.push(`Header row:  ${r.headerRow ?? '-'}`);
  lines.push(`Rows:        ${r.rowCount}`);
  lines.push(`Readable:    ${r.ok ? 'yes' : 'no'}`);
  if (r.columns.length > 0) {
    lines.push('', 'Columns:');
    lines.push(formatTable(['#', 'Header', 'Type', 'Field'], r.columns.map((c) => [String(c.index), c.header, c.type, c.field ?? ''])));
  }
  const total = Object.values(r.problemCounts).reduce((a, b) => a + (b ?? 0), 0);
  lines.push('', total === 0 ? 'Problems: none' : `Problems (${total}${total > r.problems.length ? `, ${r.problems.length} shown` : ''}):`);
  if (r.problems.length > 0) {
    lines.push(
      formatTable(
        ['Severity', 'Code', 'Row', 'Column', 'Message'],
        r.problems.map((p) => [p.severity, p.code, p.row === null ? '' : String(p.row), p.column ?? '', p.message]),
      ),
    );
  }
  return lines.join('\n');
}

export const checkCommand: Command = {
  usage: 'check FILE [--json] [--encoding X] [--sheet NAME] [--header-row N]',
  summary: 'Read a CSV/TSV/xlsx/xls/ods file as the importer would and report what was found.',
  async run(args: string[], io: CliIo): Promise<number> {
    const a = parseCheckArgs(args);
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(a.file);
    } catch (e) {
      io.err(`Cannot read ${a.file}: ${(e as Error).message}`);
      return EXIT_INPUT_ERROR;
    }
    const preview = previewImport(bytes, basename(a.file), {
      encoding: a.encoding,
      sheet: a.sheet,
      headerRow: a.headerRow === undefined ? undefined : a.headerRow - 1,
    });
    const report = checkReport(a.file, preview);
    io.out(a.json ? JSON.stringify(report, null, 2) : formatCheckReport(report));
    return report.ok ? EXIT_OK : EXIT_INPUT_ERROR;
  },
};
