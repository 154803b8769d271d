interface EmptyStateProps {
  readonly message: string;
}

export const EmptyState = ({ message }: EmptyStateProps) => (
  <p className="state state--empty" role="status">
    {message}
  </p>
);
