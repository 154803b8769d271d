interface FormAlertProps {
  readonly message: string | null;
}

/** An error about the whole form (not one field), announced when it appears. */
export const FormAlert = ({ message }: FormAlertProps) =>
  message === null ? null : (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
