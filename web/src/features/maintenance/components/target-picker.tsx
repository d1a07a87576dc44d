import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comboboxKeys } from '../../../lib/combobox-keys';
import { FieldShell, inputClass } from '../../../components/ui/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { TARGET_SEARCH_LIMIT, useTargetDevices } from '../api/get-target-devices';
import { useTargetDeviceName } from '../api/get-target-device';
import { useTargetTowers } from '../api/get-target-towers';
import { useTargetTowerName } from '../api/get-target-tower';

export interface TargetOption {
  id: number;
  name: string;
  /** The device's host or the tower's code. */
  detail: string | null;
}

interface TargetPickerProps {
  kind: 'device' | 'tower';
  value: number | null;
  /** The chosen option's name, when it was chosen here (a prefilled id is looked up). */
  valueName: string | null;
  onChange: (option: TargetOption | null) => void;
  error?: string | undefined;
  hint?: string;
}

/** The options for what is typed, once the answer matches it (old options would be a trap for a quick click). */
function useTargetOptions(kind: 'device' | 'tower', text: string, open: boolean) {
  const query = useDebouncedValue(text, 250).trim();
  const devices = useTargetDevices(query, { enabled: open && kind === 'device' });
  const towers = useTargetTowers(query, { enabled: open && kind === 'tower' });
  const result = kind === 'device' ? devices : towers;
  const settled = query === text.trim() && !result.isPlaceholderData && !result.isPending;
  if (!settled) return { settled, options: [] };
  const options: TargetOption[] =
    kind === 'device'
      ? (devices.data?.items ?? []).map((d) => ({ id: d.id, name: d.name, detail: d.host }))
      : (towers.data?.items ?? []).slice(0, TARGET_SEARCH_LIMIT).map((t) => ({ id: t.id, name: t.name, detail: t.code }));
  return { settled, options };
}

/** Search-as-you-type for a device or a tower by name: the server filters, 20 at a time. */
export function TargetPicker({ kind, value, valueName, onChange, error, hint }: TargetPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const { settled, options } = useTargetOptions(kind, text ?? '', open);
  const deviceName = useTargetDeviceName(kind === 'device' && valueName === null ? value : null);
  const towerName = useTargetTowerName(kind === 'tower' && valueName === null ? value : null);
  const lookedUp = kind === 'device' ? deviceName.data : towerName.data;

  const shown = text ?? (value === null ? '' : (valueName ?? lookedUp ?? '…'));

  const choose = (option: TargetOption | null) => {
    onChange(option);
    setText(null);
    setOpen(false);
  };

  const onKeyDown = comboboxKeys({
    options,
    open,
    active,
    setOpen,
    setActive,
    choose,
    cancel: () => {
      setText(null);
      setOpen(false);
    },
  });

  return (
    <FieldShell id={id} label={t(`maintenance.scopes.${kind}`)} hint={hint} error={error}>
      <div className="relative">
        <input
          id={id}
          data-testid="maintenance-target"
          data-target-id={value ?? undefined}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
          placeholder={t('maintenance.targetPlaceholder')}
          className={inputClass(Boolean(error))}
          value={shown}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            // An emptied box clears the choice; anything else unconfirmed reverts.
            if (text !== null && text.trim() === '') onChange(null);
            setText(null);
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
        />
        {open ? (
          <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
            {!settled ? <li className="px-3 py-2 text-sm text-slate-500">{t('common.loading')}</li> : null}
            {settled && options.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{t('maintenance.targetNoResults')}</li> : null}
            {options.map((option, index) => (
              <li
                key={option.id}
                role="option"
                aria-selected={index === active}
                data-testid={`maintenance-target-option-${option.id}`}
                className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-sky-50' : ''}`}
                // Keep focus in the input so blur does not close the list before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(option)}
              >
                <span className="font-medium">{option.name}</span>
                {option.detail ? <span className="ml-1 font-mono text-xs text-slate-500">{option.detail}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </FieldShell>
  );
}
