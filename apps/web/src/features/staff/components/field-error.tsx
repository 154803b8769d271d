interface FieldErrorProps {
  readonly id: string;
  readonly messages: readonly string[];
}

/** Next to its field, referenced by the field's aria-describedby. */
export const FieldError = ({ id, messages }: FieldErrorProps) =>
  messages.length === 0 ? null : (
    <p id={id} className="field-hint field-hint--error">
      {messages.join(' ')}
    </p>
  );
