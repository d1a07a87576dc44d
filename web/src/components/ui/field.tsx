import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cn } from '../../lib/cn';

export const inputClass = (invalid = false): string =>
  cn(
    'block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 disabled:bg-slate-100',
    invalid ? 'border-red-500 focus:ring-red-300' : 'border-slate-300 focus:ring-sky-300',
  );

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
  className?: string;
}

/** Label above, hint and error below; the error is tied to the input by aria-describedby. */
export function FieldShell({ id, label, hint, error, children, className }: FieldShellProps) {
  return (
    <div className={cn('space-y-1', className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="text-xs text-slate-500">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface CommonProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  testId?: string;
  className?: string;
  /** Classes for the control itself; `className` styles the wrapper. */
  inputClassName?: string;
}

/** The attributes every text-like control shares: id, test id, error wiring and classes. */
function controlProps(inputId: string, testId: string | undefined, error: string | undefined, inputClassName: string | undefined) {
  return {
    id: inputId,
    'data-testid': testId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${inputId}-error` : undefined,
    className: cn(inputClass(Boolean(error)), inputClassName),
  };
}

export function TextField({ label, hint, error, testId, className, inputClassName, id, ...props }: CommonProps & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} className={className}>
      <input {...controlProps(inputId, testId, error, inputClassName)} {...props} />
    </FieldShell>
  );
}

export function SelectField({ label, hint, error, testId, className, inputClassName, id, children, ...props }: CommonProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} className={className}>
      <select {...controlProps(inputId, testId, error, inputClassName)} {...props}>
        {children}
      </select>
    </FieldShell>
  );
}

export function TextareaField({ label, hint, error, testId, className, inputClassName, id, ...props }: CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <FieldShell id={inputId} label={label} hint={hint} error={error} className={className}>
      <textarea {...controlProps(inputId, testId, error, inputClassName)} {...props} />
    </FieldShell>
  );
}

export function CheckboxField({ label, testId, className, id, ...props }: Omit<CommonProps, 'hint' | 'error' | 'inputClassName'> & InputHTMLAttributes<HTMLInputElement>) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cn('flex items-center gap-2', className)}>
      <input id={inputId} type="checkbox" data-testid={testId} className="h-4 w-4 rounded border-slate-300" {...props} />
      <label htmlFor={inputId} className="text-sm font-medium text-slate-700">
        {label}
      </label>
    </div>
  );
}
