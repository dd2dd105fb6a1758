import type { ReactNode } from 'react';

interface PanelProps {
  /** Used for the landmark's id and its heading's id. */
  id: string;
  title: string;
  /** One line under the title, e.g. a takeaway. */
  lede?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** One region of the dashboard: a landmark named by its visible heading. */
export function Panel({ id, title, lede, actions, children }: PanelProps) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} className="panel" aria-labelledby={headingId}>
      <header className="panel__header">
        <div>
          <h2 id={headingId} className="panel__title" tabIndex={-1}>
            {title}
          </h2>
          {lede ? <p className="panel__lede">{lede}</p> : null}
        </div>
        {actions ? <div className="panel__actions">{actions}</div> : null}
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}
