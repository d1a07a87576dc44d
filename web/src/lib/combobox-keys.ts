import type { KeyboardEvent } from 'react';

/**
 * The keyboard of a search-as-you-type list (WAI-ARIA combobox): arrows move through the
 * options (opening the list), Enter chooses the highlighted one, Escape gives up the typing.
 */
export function comboboxKeys<T>(o: {
  options: readonly T[];
  open: boolean;
  active: number;
  setOpen: (open: boolean) => void;
  setActive: (update: (i: number) => number) => void;
  choose: (option: T) => void;
  cancel: () => void;
}) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      o.setOpen(true);
      o.setActive((i) => Math.min(i + 1, o.options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      o.setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && o.open) {
      event.preventDefault();
      const option = o.options[o.active];
      if (option !== undefined) o.choose(option);
    } else if (event.key === 'Escape') {
      o.cancel();
    }
  };
}
