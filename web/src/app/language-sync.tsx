import { useEffect } from 'react';
import { useConfig } from '../features/config/api/get-config';
import { hasStoredLanguage, isSupportedLanguage, setLanguage } from '../lib/i18n';

/** The server's default language applies until the user picks one. */
export function LanguageSync() {
  const config = useConfig();
  const language = config.data?.defaultLanguage;
  useEffect(() => {
    if (!hasStoredLanguage() && isSupportedLanguage(language)) setLanguage(language, false);
  }, [language]);
  return null;
}
