import { useId, type ReactNode } from 'react';

interface FormFieldProps {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  /** Renders the control with the ids it must carry, so label, hint and error are announced with it. */
  readonly children: (props: { id: string; 'aria-describedby': string | undefined; 'aria-invalid': boolean }) => ReactNode;
}

/** A label, the control, a hint and the server's error for this field right under it. */
export const FormField = ({ label, error, hint, children }: FormFieldProps) => {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': Boolean(error) })}
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-hint field-hint--error">
          {error}
        </p>
      )}
    </div>
  );
};
