import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in IntersectionObserver the test can drive: `intersect()` says every observed element is near. */
class FakeObserver {
  static all: FakeObserver[] = [];
  elements: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.elements.push(element);
  }
  disconnect() {
    this.elements = [];
  }
  static intersect() {
    for (const o of FakeObserver.all)
      if (o.elements.length) o.callback(o.elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry), o as never);
  }
}

// The module keeps whether everything was asked to load: a fresh copy for each test.
async function freshLoadWhenNear() {
  vi.resetModules();
  return (await import('./LoadWhenNear')).LoadWhenNear;
}

describe('LoadWhenNear', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    window.location.hash = '';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    window.location.hash = '';
  });

  it('shows the loading line until the view nears the viewport, then the view', async () => {
    const LoadWhenNear = await freshLoadWhenNear();
    render(
      <LoadWhenNear id="timeline" placeholder="Loading this view…">
        <p>The timeline</p>
      </LoadWhenNear>,
    );
    expect(screen.getByText('Loading this view…')).toHaveClass('view-loading', 'view-loading--timeline');
    expect(screen.queryByText('The timeline')).toBeNull();
    act(() => FakeObserver.intersect());
    // The view mounts in a task of its own, after the observer's callback.
    expect(screen.queryByText('The timeline')).toBeNull();
    expect(await screen.findByText('The timeline')).toBeInTheDocument();
    expect(screen.queryByText('Loading this view…')).toBeNull();
  });

  it('loads every view before printing', async () => {
    const LoadWhenNear = await freshLoadWhenNear();
    render(
      <>
        <LoadWhenNear id="economy" placeholder="Loading economy">
          <p>Economy</p>
        </LoadWhenNear>
        <LoadWhenNear id="notes" placeholder="Loading notes">
          <p>Notes</p>
        </LoadWhenNear>
      </>,
    );
    expect(screen.queryByText('Economy')).toBeNull();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('Economy')).toBeInTheDocument();
    expect(screen.getByText('Notes')).toBeInTheDocument();
  });

  it('follows a link to something inside a view not loaded yet: loads it, then focuses the target', async () => {
    const LoadWhenNear = await freshLoadWhenNear();
    render(
      <LoadWhenNear id="notes" placeholder="Loading notes">
        <ol>
          <li id="note-amount" tabIndex={-1}>
            The amount
          </li>
        </ol>
      </LoadWhenNear>,
    );
    expect(document.getElementById('note-amount')).toBeNull();
    Element.prototype.scrollIntoView = vi.fn();
    await act(async () => {
      window.location.hash = '#note-amount';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText('The amount')).toHaveFocus();
  });
});
