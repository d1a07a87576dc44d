import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FieldShell, inputClass } from '../../../components/ui/field';
import type { SecretInput } from '../secret-input';

interface SecretFieldProps {
  label: string;
  /** Whether the server holds a value; it is never sent back. */
  isSet: boolean;
  /** What to show while it is kept, e.g. "configured (bot 123456)". */
  setLabel: string;
  value: SecretInput;
  onChange: (value: SecretInput) => void;
  hint?: string;
  error?: string | undefined;
  testId: string;
}

/** A password field that never shows the saved secret: "configured", with change and remove. */
export function SecretField({ label, isSet, setLabel, value, onChange, hint, error, testId }: SecretFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const undo = (
    <Button variant="ghost" small onClick={() => onChange({ mode: 'keep', value: '' })} data-testid={`${testId}-undo`}>
      {t('settings.undo')}
    </Button>
  );

  if (isSet && value.mode === 'keep') {
    return (
      <FieldShell id={id} label={label} hint={hint} error={error}>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span id={id} className="font-medium text-emerald-700" data-testid={`${testId}-status`}>
            {setLabel}
          </span>
          <Button variant="secondary" small onClick={() => onChange({ mode: 'replace', value: '' })} data-testid={`${testId}-change`}>
            {t('settings.change')}
          </Button>
          <Button variant="secondary" small onClick={() => onChange({ mode: 'remove', value: '' })} data-testid={`${testId}-remove`}>
            {t('settings.remove')}
          </Button>
        </div>
      </FieldShell>
    );
  }

  if (value.mode === 'remove') {
    return (
      <FieldShell id={id} label={label} error={error}>
        <div className="flex items-center gap-2 text-sm text-red-700" id={id} data-testid={`${testId}-status`}>
          {t('settings.willRemove')} {undo}
        </div>
      </FieldShell>
    );
  }

  return (
    <FieldShell id={id} label={label} hint={isSet ? t('settings.keepHint') : hint} error={error}>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass(Boolean(error))}
          value={value.value}
          onChange={(e) => onChange({ mode: 'replace', value: e.target.value })}
        />
        {isSet ? undo : null}
      </div>
    </FieldShell>
  );
}
