import { useTranslation } from 'react-i18next';
import type { ImportErrorResponse, ImportLineError } from '@server/http/routes/devices/schema.js';
import { Alert } from '../ui/alert';
import { Table, Td, Th, Tr } from '../ui/table';

/** One row per CSV line (a line may have several problems), so each line has one stable test id. */
function groupByLine(lines: ImportLineError[]): Array<[number, ImportLineError[]]> {
  const groups = new Map<number, ImportLineError[]>();
  for (const error of lines) groups.set(error.line, [...(groups.get(error.line) ?? []), error]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}

/** `testIdPrefix` tells apart the tables of two import forms on one page. */
export function ImportErrorsTable({ report, testIdPrefix = 'import' }: { report: ImportErrorResponse; testIdPrefix?: string }) {
  const { t } = useTranslation();
  const groups = groupByLine(report.lines);
  return (
    <div className="space-y-2" data-testid={`${testIdPrefix}-errors`}>
      <Alert tone="error">{t('import.failed', { count: groups.length })}</Alert>
      <h2 className="text-sm font-semibold">{t('import.errorsTitle')}</h2>
      <Table>
        <thead>
          <tr>
            <Th>{t('import.line')}</Th>
            <Th>{t('import.field')}</Th>
            <Th>{t('import.message')}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map(([line, errors]) => (
            <Tr key={line} data-testid={`${testIdPrefix}-error-line-${line}`}>
              <Td className="font-mono">{line}</Td>
              <Td className="font-mono text-xs">
                {errors.map((e, i) => (
                  <div key={i}>{e.field ?? '—'}</div>
                ))}
              </Td>
              <Td>
                {errors.map((e, i) => (
                  <div key={i}>{e.message}</div>
                ))}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
