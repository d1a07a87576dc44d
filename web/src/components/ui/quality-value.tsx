import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import type { Quality } from '../../lib/link-quality';

const STYLES: Record<Quality, { text: string; dot: string }> = {
  good: { text: 'text-emerald-700', dot: 'bg-emerald-500' },
  fair: { text: 'text-amber-700', dot: 'bg-amber-500' },
  weak: { text: 'font-semibold text-red-700', dot: 'bg-red-600' },
};

/** A signal or CCQ figure in its quality's colour; the dot keeps it readable without colour vision. */
export function QualityValue({ quality, children, testId, className }: { quality: Quality | null; children: ReactNode; testId?: string; className?: string }) {
  const { t } = useTranslation();
  if (quality === null) {
    return (
      <span className={cn('text-slate-500', className)} data-testid={testId}>
        {children}
      </span>
    );
  }
  return (
    <span className={cn('inline-flex items-center gap-1.5 whitespace-nowrap tabular-nums', STYLES[quality].text, className)} data-testid={testId} data-quality={quality} title={t(`quality.${quality}`)}>
      <span aria-hidden="true" className={cn('size-2 rounded-full', STYLES[quality].dot)} />
      {children}
    </span>
  );
}
