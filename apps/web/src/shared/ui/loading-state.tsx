interface LoadingStateProps {
  readonly label: string;
}

/** A polite, announced placeholder while data loads. */
export const LoadingState = ({ label }: LoadingStateProps) => (
  <p className="state state--loading" role="status" aria-live="polite">
    <span className="spinner" aria-hidden="true" />
    {label}
  </p>
);
