import { useEffect, useState, type ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router';
import { cn } from '../../lib/cn';

export interface NavItem {
  to: string;
  label: string;
  testId: string;
  end?: boolean;
  /** A count beside the label (open alerts). */
  badge?: ReactNode;
}

interface AppShellProps {
  title: string;
  menuLabel: string;
  navItems: NavItem[];
  headerRight: ReactNode;
  /** Below the links, on phones only: what the header has no room for there (the account). */
  navFooter?: ReactNode;
  children: ReactNode;
}

/**
 * Sidebar on wide screens; below `md` a drawer opened by the menu button, over the page (which
 * keeps its full width: nothing is pushed sideways), closed by a link, the backdrop or the button.
 */
export function AppShell({ title, menuLabel, navItems, headerRight, navFooter, children }: AppShellProps) {
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const [lastPath, setLastPath] = useState(location.pathname);
  // Close the drawer after navigating (adjusting state during render, not in an effect).
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setOpen(false);
  }
  // Escape closes the drawer, as it closes a dialog.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-[1100] flex items-center justify-between gap-2 bg-slate-900 px-3 py-2 text-white">
        <div className="flex min-w-0 items-center gap-2">
          <button
            type="button"
            className="rounded p-2 hover:bg-slate-800 md:hidden"
            aria-expanded={open}
            aria-controls="main-nav"
            aria-label={menuLabel}
            data-testid="nav-toggle"
            onClick={() => setOpen((v) => !v)}
          >
            <span aria-hidden="true" className="block text-lg leading-none">
              ☰
            </span>
          </button>
          <span className="text-lg font-semibold tracking-tight">{title}</span>
        </div>
        <div className="flex shrink-0 items-center gap-2 text-sm">{headerRight}</div>
      </header>
      <div className="flex flex-1">
        {open ? <div className="fixed inset-0 top-[52px] z-[1040] bg-slate-900/30 md:hidden" aria-hidden="true" onClick={() => setOpen(false)} /> : null}
        <nav
          id="main-nav"
          aria-label={menuLabel}
          className={cn(
            'w-56 shrink-0 border-r border-slate-200 bg-white md:block',
            open ? 'fixed bottom-0 left-0 top-[52px] z-[1050] block overflow-y-auto shadow-xl md:static md:overflow-visible md:shadow-none' : 'hidden',
          )}
        >
          <ul className="space-y-1 p-2">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  end={item.end}
                  data-testid={item.testId}
                  className={({ isActive }) =>
                    cn('flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium', isActive ? 'bg-sky-50 text-sky-800' : 'text-slate-700 hover:bg-slate-100')
                  }
                >
                  {item.label}
                  {item.badge}
                </NavLink>
              </li>
            ))}
          </ul>
          {navFooter ? <div className="border-t border-slate-200 p-2 md:hidden">{navFooter}</div> : null}
        </nav>
        <main className="min-w-0 flex-1 p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
