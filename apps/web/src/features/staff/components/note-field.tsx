import { FieldError } from './field-error';

interface NoteFieldProps {
  /** The control's id; the hint and the error hang off it. */
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly maxLength: number;
  readonly errors: readonly string[];
  readonly onChange: (value: string) => void;
}

/** A staff dialog's free-text note: label, textarea, what the note is for, and its error next to it. */
export const NoteField = ({ id, label, hint, value, maxLength, errors, onChange }: NoteFieldProps) => (
  <div className="staff-field">
    <label htmlFor={id}>{label}</label>
    <textarea
      id={id}
      rows={3}
      value={value}
      maxLength={maxLength}
      onChange={(e) => onChange(e.target.value)}
      aria-invalid={errors.length > 0}
      aria-describedby={`${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}`}
    />
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
    <FieldError id={`${id}-error`} messages={errors} />
  </div>
);
