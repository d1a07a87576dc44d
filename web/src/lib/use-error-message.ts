import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-client';

const TRANSLATED_CODES = [
  'INVALID_CREDENTIALS',
  'RATE_LIMITED',
  'DUPLICATE_EMAIL',
  'DUPLICATE_CODE',
  'DUPLICATE_HOST',
  'DEPENDENCY_CYCLE',
  'TOWER_HAS_DEVICES',
  'VALIDATION',
] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslatedCode(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

/** Turns any thrown value into a sentence in the current language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        if (isTranslatedCode(error.code)) return t(`errors.${error.code}`);
        if (error.status === 403) return t('errors.forbidden');
        return error.message || t('errors.generic');
      }
      if (error instanceof TypeError) return t('errors.network');
      return t('errors.generic');
    },
    [t],
  );
}
