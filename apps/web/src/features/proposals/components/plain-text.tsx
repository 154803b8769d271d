/**
 * Proposal text as plain text: React escapes it and CSS keeps the line breaks. The text is
 * Markdown; rendering it (sanitised) is a later step, and no HTML is ever injected here.
 */
export const PlainText = ({ text }: { readonly text: string }) => <div className="plain-text">{text}</div>;
