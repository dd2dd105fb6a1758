import { Component, type ErrorInfo, type ReactNode } from 'react';
import { fill, pickMessages, type Lang } from '../i18n/lang';
import { componentMessages } from './messages';

interface ViewBoundaryProps {
  lang: Lang;
  /** Names the view in the console, so a failure is traceable. */
  name: string;
  children: ReactNode;
}

interface ViewBoundaryState {
  error: Error | null;
}

/** Keeps a failing view inside its own panel: the other views go on working. */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ViewBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`[${this.props.name}] view failed:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = pickMessages(componentMessages, this.props.lang);
    return (
      <div role="alert" className="view-error">
        <p className="view-error__title">{t.viewFailed}</p>
        <p className="view-error__detail">{fill(t.viewFailedDetail, { detail: error.message })}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {t.tryAgain}
        </button>
      </div>
    );
  }
}
