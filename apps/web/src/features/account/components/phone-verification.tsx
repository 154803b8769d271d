import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../../shared/forms/field-errors';
import { FormAlert } from '../../../shared/forms/form-alert';
import { FormField } from '../../../shared/forms/form-field';
import { useConfirmPhone, useSendPhoneCode } from '../hooks/use-account-actions';
import { CodeForm } from './code-form';

/** Optional second step: a mobile number, then the texted code. */
export const PhoneVerification = () => {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const send = useSendPhoneCode();
  const confirm = useConfirmPhone();
  const { fields, form } = formErrorsOf(send.error, ['phone'], { phone_taken: 'phone' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send.mutate(phone.trim());
  };

  return (
    <section className="card" aria-labelledby="phone-heading">
      <h2 id="phone-heading">{t('auth.verify.phoneHeading')}</h2>
      <p>{t('auth.verify.phoneLead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert message={form} />
        <FormField label={t('auth.fields.phone')} error={fields.phone} hint={t('auth.verify.phoneHint')}>
          {(props) => <input {...props} type="tel" autoComplete="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} />}
        </FormField>
        <button type="submit" className="button button--secondary" disabled={send.isPending} aria-busy={send.isPending}>
          {send.isSuccess ? t('auth.verify.resendSms') : t('auth.verify.sendSms')}
        </button>
      </form>
      {send.isSuccess && (
        <>
          <p className="notice notice--success" role="status">
            {t('auth.verify.smsSent')}
          </p>
          <CodeForm label={t('auth.verify.smsCode')} pending={confirm.isPending} error={confirm.error} onSubmit={(code) => confirm.mutate(code)} />
        </>
      )}
    </section>
  );
};
