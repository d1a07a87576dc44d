import { useTranslation } from 'react-i18next';
import { isSupportedLanguage, setLanguage } from '../lib/i18n';

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="flex items-center gap-1">
      <label htmlFor="language-switch" className={dark ? 'text-xs text-slate-300' : 'text-xs text-slate-600'}>
        {t('header.language')}
      </label>
      <select
        id="language-switch"
        data-testid="language-switch"
        value={i18n.language}
        onChange={(e) => {
          if (isSupportedLanguage(e.target.value)) setLanguage(e.target.value, true);
        }}
        className={dark ? 'rounded border border-slate-600 bg-slate-800 px-1 py-1 text-xs text-white' : 'rounded border border-slate-300 bg-white px-1 py-1 text-xs'}
      >
        <option value="pt-BR">Português</option>
        <option value="en">English</option>
      </select>
    </div>
  );
}
