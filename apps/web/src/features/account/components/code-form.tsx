import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormField } from '../../../shared/forms/form-field';

/** Refusals about the code itself are shown next to the code field. */
export const CODE_ERROR_FIELDS = { code_invalid: 'code', code_expired: 'code', code_locked: 'code' } as const;

interface CodeFormProps {
  readonly label: string;
  readonly pending: boolean;
  readonly error: Error | null;
  readonly onSubmit: (code: string) => void;
}

/** Six digits received by email or text message. */
export const CodeForm = ({ label, pending, error, onSubmit }: CodeFormProps) => {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const { fields, form } = formErrorsOf(error, ['code'], CODE_ERROR_FIELDS);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(code.trim());
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormAlert message={form} />
      <FormField label={label} error={fields.code} hint={t('auth.verify.codeHint')}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </FormField>
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {pending ? t('auth.verify.confirming') : t('auth.verify.confirm')}
      </button>
    </form>
  );
};
