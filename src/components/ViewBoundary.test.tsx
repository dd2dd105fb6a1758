import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ViewBoundary } from './ViewBoundary';

let failing = true;
function Fragile() {
  if (failing) throw new Error('the layout could not place 3 marks');
  return <p>Fragile view content</p>;
}

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Clicked {n}
    </button>
  );
}

function Dashboard({ lang = 'en' as const }: { lang?: 'en' | 'zh-Hant' }) {
  return (
    <>
      <section aria-label="Timeline">
        <ViewBoundary lang={lang} name="timeline">
          <Fragile />
        </ViewBoundary>
      </section>
      <section aria-label="Economy">
        <ViewBoundary lang={lang} name="economy">
          <Counter />
        </ViewBoundary>
      </section>
    </>
  );
}

describe('ViewBoundary', () => {
  it('keeps a throwing view inside its panel while the others keep working', async () => {
    failing = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Dashboard />);

    const timeline = screen.getByRole('region', { name: 'Timeline' });
    const alert = within(timeline).getByRole('alert');
    expect(alert).toHaveTextContent('This view could not be shown.');
    expect(alert).toHaveTextContent('the layout could not place 3 marks');
    expect(warn).toHaveBeenCalledWith('[timeline] view failed:', expect.any(Error), expect.any(String));

    const economy = screen.getByRole('region', { name: 'Economy' });
    expect(within(economy).queryByRole('alert')).toBeNull();
    await userEvent.click(within(economy).getByRole('button', { name: 'Clicked 0' }));
    expect(within(economy).getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();

    // Once the cause is gone, "Try again" renders the view.
    failing = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(within(timeline).getByText('Fragile view content')).toBeInTheDocument();
    expect(within(timeline).queryByRole('alert')).toBeNull();
    warn.mockRestore();
    error.mockRestore();
  });

  it('speaks the reader’s language', () => {
    failing = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ViewBoundary lang="zh-Hant" name="timeline">
        <Fragile />
      </ViewBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('此視圖未能顯示。');
    expect(screen.getByRole('button', { name: '再試一次' })).toBeInTheDocument();
    warn.mockRestore();
    error.mockRestore();
  });
});
