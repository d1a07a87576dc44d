import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comboboxKeys } from '../../../lib/combobox-keys';
import type { Device } from '@server/http/routes/devices/schema.js';
import { FieldShell, inputClass } from '../../../components/ui/field';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { getDeviceQueryOptions, useDevice } from '../api/get-device';
import { useDevices } from '../api/get-devices';

interface ParentPickerProps {
  value: number | null;
  onChange: (id: number | null) => void;
  /** The device being edited: it cannot be its own parent. */
  excludeId?: number;
  error?: string | undefined;
}

const label = (device: Pick<Device, 'name' | 'host'>): string => `${device.name} (${device.host})`;

/**
 * A search-as-you-type combobox: there can be 50,000 devices, so options come from the
 * server (`q`, 20 at a time) instead of a select holding all of them.
 */
export function ParentPicker({ value, onChange, excludeId, error }: ParentPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const queryClient = useQueryClient();
  const selected = useDevice(value);
  const query = useDebouncedValue(text ?? '', 250);
  const results = useDevices({ q: query.trim() || undefined, limit: 20, sort: 'name' }, { enabled: open });
  // Until the answer matches what is typed, old options would be a trap for a quick click.
  const settled = query === (text ?? '') && !results.isPlaceholderData && !results.isPending;
  const options = settled ? (results.data?.items ?? []).filter((d) => d.id !== excludeId) : [];

  const shown = text ?? (value === null ? '' : selected.data ? label(selected.data) : '…');

  const choose = (device: Device | null) => {
    // Seed the lookup so the chosen label shows at once instead of "…".
    if (device) queryClient.setQueryData(getDeviceQueryOptions(device.id).queryKey, device);
    onChange(device ? device.id : null);
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
    <FieldShell id={id} label={t('devices.parent')} hint={t('devices.parentHint')} error={error}>
      <div className="relative">
        <div className="flex gap-2">
          <input
            id={id}
            data-testid="device-parent"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            placeholder={t('devices.parentPlaceholder')}
            className={inputClass(Boolean(error))}
            value={shown}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              // An emptied box means "no parent"; anything else unconfirmed reverts.
              if (text !== null && text.trim() === '') onChange(null);
              setText(null);
              setOpen(false);
            }}
            onKeyDown={onKeyDown}
          />
          {value !== null ? (
            <button type="button" className="rounded-md border border-slate-300 px-2 text-sm text-slate-600 hover:bg-slate-100" onClick={() => choose(null)} data-testid="device-parent-clear">
              {t('common.clear')}
            </button>
          ) : null}
        </div>
        {open ? (
          <ul id={listId} role="listbox" className="absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg">
            {!settled ? <li className="px-3 py-2 text-sm text-slate-500">{t('common.loading')}</li> : null}
            {settled && options.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{t('devices.parentNoResults')}</li> : null}
            {options.map((device, index) => (
              <li
                key={device.id}
                role="option"
                aria-selected={index === active}
                data-testid={`device-parent-option-${device.id}`}
                className={`cursor-pointer px-3 py-2 text-sm ${index === active ? 'bg-sky-50' : ''}`}
                // Keep focus in the input so blur does not close the list before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(device)}
              >
                <span className="font-medium">{device.name}</span> <span className="font-mono text-xs text-slate-500">{device.host}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </FieldShell>
  );
}
