import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { inputClass } from '../../../components/ui/field';

/** The only time the secret is visible; it lives in component state and nowhere else. */
export function TokenSecret({ secret, onClose }: { secret: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    inputRef.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard API outside secure contexts: the text is selected for Ctrl+C instead.
      setCopied(document.execCommand('copy'));
    }
  };

  return (
    <div className="space-y-4">
      <Alert tone="info">{t('tokens.secretOnce')}</Alert>
      <div className="flex gap-2">
        <label htmlFor="token-secret" className="sr-only">
          {t('tokens.secretTitle')}
        </label>
        <input id="token-secret" ref={inputRef} readOnly value={secret} data-testid="token-secret" className={`${inputClass()} font-mono`} onFocus={(e) => e.target.select()} />
        <Button variant="secondary" onClick={() => void copy()} data-testid="token-copy">
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      </div>
      <div className="flex justify-end">
        <Button onClick={onClose}>{t('common.close')}</Button>
      </div>
    </div>
  );
}
