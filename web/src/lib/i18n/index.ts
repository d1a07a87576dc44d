import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ptBR, type MessageShape } from './pt-br';

export const SUPPORTED_LANGUAGES = ['pt-BR', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const STORAGE_KEY = 'torre.language';

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

function readStored(): SupportedLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isSupportedLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The user's explicit choice, if any; otherwise the server default applies. */
export function hasStoredLanguage(): boolean {
  return readStored() !== null;
}

/** Portuguese ships with the app; English is fetched the first time it is chosen (a smaller first download). */
const LOADERS: Record<SupportedLanguage, () => Promise<MessageShape>> = {
  'pt-BR': async () => ptBR,
  en: () => import('./en').then((m) => m.en),
};

export function setLanguage(language: SupportedLanguage, persist: boolean): void {
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }
  const load = i18n.hasResourceBundle(language, 'translation') ? Promise.resolve() : LOADERS[language]().then((messages) => void i18n.addResourceBundle(language, 'translation', messages));
  void load.then(() => i18n.changeLanguage(language));
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { 'pt-BR': { translation: ptBR } },
  lng: 'pt-BR',
  fallbackLng: 'pt-BR',
  interpolation: { escapeValue: false },
  returnNull: false,
});
const stored = readStored();
if (stored && stored !== 'pt-BR') setLanguage(stored, false);

export { i18n };
