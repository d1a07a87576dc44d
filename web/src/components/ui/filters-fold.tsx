import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { buttonClass } from './button';

interface FiltersFoldProps {
  /** How many filters are set now, shown on the button so a folded filter is never forgotten. */
  active?: number;
  testId?: string;
  children: ReactNode;
}

/**
 * Filters that fold behind one button on a phone (below Tailwind's `md`) and are always
 * shown on wider screens. The children stay mounted either way, so typed text survives a fold.
 */
export function FiltersFold({ active = 0, testId = 'filters-toggle', children }: FiltersFoldProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-3">
      <button
        type="button"
        className={cn(buttonClass('secondary', true), 'md:hidden')}
        aria-expanded={open}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {active > 0 ? t('common.filtersActive', { count: active }) : t('common.filters')}
      </button>
      <div className={cn(open ? 'block' : 'hidden', 'md:block')}>{children}</div>
    </div>
  );
}
